package dev.pql.train;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One candidate a training tried (a model family of {@code model_type: auto}), as pql.trials and
 * SHOW TRIALS list it: its held-out score ({@code metric}, lower is better for losses), its weight
 * in the version's ensemble (0 when not picked), whether it trained ({@code status} {@code ok}, or
 * {@code failed: <why>}), and its training time.
 */
public record Trial(
        @JsonProperty("trial") int trial,
        @JsonProperty("kind") String kind,
        @JsonProperty("parameters") String parameters,
        @JsonProperty("metric") String metric,
        @JsonProperty("value") Double value,
        @JsonProperty("weight") double weight,
        @JsonProperty("status") String status,
        @JsonProperty("seconds") double seconds) {
}
