package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A feature's preprocessing options, by Ludwig's names; which ones apply depends on the feature type. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeaturePreprocessing(
        @JsonProperty("missing_value_strategy") String missingValueStrategy,
        @JsonProperty("fill_value") Object fillValue,
        @JsonProperty("normalization") String normalization,
        @JsonProperty("tokenizer") String tokenizer,
        @JsonProperty("lowercase") Boolean lowercase,
        @JsonProperty("most_common") Integer mostCommon,
        @JsonProperty("max_sequence_length") Integer maxSequenceLength) {
}
