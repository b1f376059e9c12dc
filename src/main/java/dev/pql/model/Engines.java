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
                    System.setProperty("ai.djl.pytorch.num_threads",
                            System.getProperty("pql.threads", String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors()))));
                    engine = Engine.getEngine("PyTorch");
                }
            }
        }
        return engine;
    }
}
