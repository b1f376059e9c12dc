package dev.pql.features;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a feature learned from the training split (Ludwig's training_set_metadata): vocabularies,
 * statistics and image sizes. Saved with each model version; prediction needs it to transform inputs alike.
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
        @JsonProperty("quantiles") List<Double> quantiles,
        @JsonProperty("height") Integer height,
        @JsonProperty("width") Integer width,
        @JsonProperty("num_channels") Integer numChannels) {

    /** Metadata of every type but image. */
    public FeatureMetadata(String name, List<String> vocabulary, Double mean, Double std, Double min, Double max,
                           Integer maxLength, String mode, List<Double> quantiles) {
        this(name, vocabulary, mean, std, min, max, maxLength, mode, quantiles, null, null, null);
    }

    /** An image feature's size: every image is resized to it. */
    static FeatureMetadata image(String name, int height, int width, int channels) {
        return new FeatureMetadata(name, null, null, null, null, null, null, null, null, height, width, channels);
    }

    /** Metadata without quantiles (every type but number). */
    public FeatureMetadata(String name, List<String> vocabulary, Double mean, Double std, Double min, Double max,
                           Integer maxLength, String mode) {
        this(name, vocabulary, mean, std, min, max, maxLength, mode, null);
    }
}
