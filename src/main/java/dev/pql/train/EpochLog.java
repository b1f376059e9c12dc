package dev.pql.train;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** One epoch of training, as front ends show it and the version's training log keeps it. */
public record EpochLog(
        @JsonProperty("epoch") int epoch,
        @JsonProperty("steps") long steps,
        @JsonProperty("train_loss") double trainLoss,
        @JsonProperty("validation_loss") double validationLoss,
        @JsonProperty("validation_metrics") Map<String, Double> validationMetrics,
        @JsonProperty("elapsed_seconds") double elapsedSeconds) {
}
