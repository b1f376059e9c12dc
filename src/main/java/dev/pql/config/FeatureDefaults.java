package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Ludwig's {@code defaults.<type>} section: settings for every feature of one type, applied between
 * the registry's field defaults and each feature's own settings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeatureDefaults(
        @JsonProperty("preprocessing") FeaturePreprocessing preprocessing,
        @JsonProperty("encoder") EncoderConfig encoder,
        @JsonProperty("decoder") DecoderConfig decoder,
        @JsonProperty("loss") LossConfig loss) {
}
