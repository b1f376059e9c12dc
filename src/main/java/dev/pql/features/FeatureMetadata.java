package dev.pql.features;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a feature learned from the training split (Ludwig's training_set_metadata): vocabularies
 * and statistics. Saved with each model version; prediction needs it to transform inputs alike.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeatureMetadata(
        @JsonProperty("name") String name,
        @JsonProperty("vocabulary") List<String> vocabulary,
        @JsonProperty("mean") Double mean,
        @JsonProperty("std") Double std,
        @JsonProperty("min") Double min,
        @JsonProperty("max") Double max,
        @JsonProperty("max_length") Integer maxLength,
        @JsonProperty("mode") String mode,
        @JsonProperty("quantiles") List<Double> quantiles) {

    /** Metadata without quantiles (every type but number). */
    public FeatureMetadata(String name, List<String> vocabulary, Double mean, Double std, Double min, Double max,
                           Integer maxLength, String mode) {
        this(name, vocabulary, mean, std, min, max, maxLength, mode, null);
    }
}
