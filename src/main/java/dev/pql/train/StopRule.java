package dev.pql.train;

import java.util.Map;

/**
 * Asked by a trainer after each evaluation on the held-out rows whether to stop now, keeping the
 * best evaluation so far as the result (as early stopping does). A HYPEROPT scheduler uses it to end
 * poor trials early ({@link SuccessiveHalving}); plain training never stops by it.
 */
@FunctionalInterface
public interface StopRule {
    /** Never stops: training runs to its epochs or its own early stopping. */
    StopRule NEVER = (iteration, seconds, validation) -> false;

    /**
     * @param iteration  evaluations so far (epochs or checkpoints; gbm: boosting rounds), from 1
     * @param seconds    seconds since the training started
     * @param validation this evaluation's held-out metrics by name (loss, accuracy, ...)
     */
    boolean stop(int iteration, double seconds, Map<String, Double> validation);
}
