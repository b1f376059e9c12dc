package dev.pql.train;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One epoch of training, as front ends show it and the version's training log keeps it: the
 * training loss and metrics (measured on the training batches as they were trained, Keras style,
 * so no extra pass), the validation loss and metrics, the learning rate at the epoch's end, and
 * the time, and the fold of a k-fold training ({@code trainer.folds}). Fields added later are boxed,
 * so logs written before them still read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EpochLog(
        @JsonProperty("epoch") int epoch,
        @JsonProperty("steps") long steps,
        @JsonProperty("train_loss") double trainLoss,
        @JsonProperty("validation_loss") double validationLoss,
        @JsonProperty("validation_metrics") Map<String, Double> validationMetrics,
        @JsonProperty("elapsed_seconds") double elapsedSeconds,
        @JsonProperty("train_metrics") Map<String, Double> trainMetrics,
        @JsonProperty("learning_rate") Double learningRate,
        @JsonProperty("fold") Integer fold) {

    /** An entry of a single model's training (no fold). */
    public EpochLog(int epoch, long steps, double trainLoss, double validationLoss, Map<String, Double> validationMetrics,
                    double elapsedSeconds, Map<String, Double> trainMetrics, Double learningRate) {
        this(epoch, steps, trainLoss, validationLoss, validationMetrics, elapsedSeconds, trainMetrics, learningRate, null);
    }

    /** The fold this entry belongs to: 1 for a single model's training (and logs written before folds). */
    public int foldOrFirst() {
        return fold == null ? 1 : fold;
    }

    /** This entry as the log of fold {@code fold} (1-based) of a k-fold training. */
    public EpochLog inFold(int fold) {
        return new EpochLog(epoch, steps, trainLoss, validationLoss, validationMetrics, elapsedSeconds, trainMetrics,
                learningRate, fold);
    }

    /** An entry without training metrics or learning rate. */
    public EpochLog(int epoch, long steps, double trainLoss, double validationLoss, Map<String, Double> validationMetrics,
                    double elapsedSeconds) {
        this(epoch, steps, trainLoss, validationLoss, validationMetrics, elapsedSeconds, null, null);
    }
}
