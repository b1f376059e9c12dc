package dev.pql.train;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Trainings run one at a time, first come first served. DJL's PyTorch engine is process-wide and
 * allows one {@code GradientCollector} at a time in the whole process ("A PtGradientCollector is
 * already collecting"), so two trainings in one JVM, even of different databases, would collide:
 * the queue is therefore JVM-wide, the one piece of static state this forces. Prediction does not
 * collect gradients and never waits here.
 */
public final class TrainingQueue {
    /** The process's queue: one, because the PyTorch engine it guards is one per process. */
    private static final TrainingQueue PROCESS = new TrainingQueue();
    /** How often a waiting training re-checks its cancel flag and its place in the queue. */
    private static final long POLL_MS = 100;
    /** Fair, so trainings start in the order they arrived. */
    private final ReentrantLock turn = new ReentrantLock(true);

    TrainingQueue() {
    }

    /** The queue of this JVM. */
    public static TrainingQueue process() {
        return PROCESS;
    }

    /**
     * Runs {@code training} when no other training runs. While it waits, {@code whileQueued}
     * hears how many trainings are ahead of it (whenever that changes, and first at once); a
     * cancel while waiting ends the wait with 57014.
     */
    public <T> T run(Supplier<T> training, IntConsumer whileQueued, BooleanSupplier cancelled) {
        acquire(whileQueued, cancelled);
        try {
            return training.get();
        } finally {
            turn.unlock();
        }
    }

    private void acquire(IntConsumer whileQueued, BooleanSupplier cancelled) {
        if (turn.tryLock()) {
            return;
        }
        // Ahead of us: the running training and those already waiting (we are not in the queue yet).
        int reported = turn.getQueueLength() + 1;
        whileQueued.accept(reported);
        try {
            while (!turn.tryLock(POLL_MS, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    throw cancelledWhileQueued();
                }
                // Now we wait in the queue too: the running one plus those before us equals its length.
                int ahead = Math.max(1, turn.getQueueLength());
                if (ahead != reported) {
                    reported = ahead;
                    whileQueued.accept(ahead);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelledWhileQueued();
        }
    }

    /** How many trainings wait for their turn now (an estimate, for monitoring). */
    public int waiting() {
        return turn.getQueueLength();
    }

    private static PqlException cancelledWhileQueued() {
        return new PqlException(ErrorCode.CANCELLED, "The training was cancelled while it waited in the training "
                + "queue; no model version was written. Run the statement again to queue it anew.");
    }
}
