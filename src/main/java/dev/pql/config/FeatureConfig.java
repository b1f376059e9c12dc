package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One input or output feature: its name, the data column it reads, its type, and for inputs the
 * encoder; {@code threshold} applies to binary outputs only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeatureConfig(
        @JsonProperty("name") String name,
        @JsonProperty("column") String column,
        @JsonProperty("type") FeatureType type,
        @JsonProperty("encoder") EncoderConfig encoder,
        @JsonProperty("preprocessing") FeaturePreprocessing preprocessing,
        @JsonProperty("threshold") Double threshold) {
}
