package dev.pql.model;

import ai.djl.engine.Engine;

/**
 * Starts DJL's PyTorch engine offline and private: no model hub, no library download (libtorch
 * comes from the Maven jar), no telemetry probe. Must run before any DJL class touches the engine.
 */
public final class Engines {
    private static volatile Engine engine;

    private Engines() {
    }

    public static Engine pytorch() {
        if (engine == null) {
            synchronized (Engines.class) {
                if (engine == null) {
                    System.setProperty("ai.djl.offline", "true");
                    System.setProperty("OPT_OUT_TRACKING", "true");
                    System.setProperty("ai.djl.default_engine", "PyTorch");
                    // Two cores: inter-op parallelism only oversubscribes them (see shared/STACK.md).
                    System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
                    System.setProperty("ai.djl.pytorch.num_threads", String.valueOf(threads()));
                    engine = Engine.getEngine("PyTorch");
                }
            }
        }
        return engine;
    }

    /** The cores libtorch may use at once: {@code -Dpql.threads}, else the machine's. */
    public static int threads() {
        return Integer.getInteger("pql.threads", Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Sets the calling thread's intra-op threads: how many cores one libtorch operation called from
     * this thread splits its work over. libtorch keeps the count per thread (OpenMP's), but a thread
     * that never set one takes the last count set by any thread, so each kind of work sets its own
     * before it starts: training all cores, a PREDICT's scoring thread what the batch's size pays
     * for (see PredictionRows). Setting it clears oneDNN's cache, so it is set only when it changes.
     */
    public static void intraOpThreads(int n) {
        pytorch();
        if (ai.djl.pytorch.jni.JniUtils.getNumThreads() != n) {
            ai.djl.pytorch.jni.JniUtils.setNumThreads(n);
            if (n != threads()) {
                restoreDefault();
            }
        }
    }

    /**
     * Puts the count that threads which never set one take back to all cores. libtorch makes every
     * count set the default of threads not yet started on parallel work, so a PREDICT's one-core
     * scoring thread would otherwise leave, say, a server's next request thread on one core for a
     * text model's EVALUATE. Setting it also sets the calling thread's own count, hence a thread
     * of its own.
     */
    private static void restoreDefault() {
        Thread t = new Thread(() -> ai.djl.pytorch.jni.JniUtils.setNumThreads(threads()), "pql-intra-op-default");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
