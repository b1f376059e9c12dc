package dev.pql.train;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One epoch of training, as front ends show it and the version's training log keeps it: the
 * training loss and metrics (measured on the training batches as they were trained, Keras style,
 * so no extra pass), the validation loss and metrics, the learning rate at the epoch's end, and
 * the time. Fields added later are boxed, so logs written before them still read.
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
        @JsonProperty("learning_rate") Double learningRate) {

    /** An entry without training metrics or learning rate. */
    public EpochLog(int epoch, long steps, double trainLoss, double validationLoss, Map<String, Double> validationMetrics,
                    double elapsedSeconds) {
        this(epoch, steps, trainLoss, validationLoss, validationMetrics, elapsedSeconds, null, null);
    }
}
