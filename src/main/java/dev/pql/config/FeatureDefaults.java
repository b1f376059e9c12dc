package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Ludwig's {@code defaults.<type>} section: settings for every feature of one type, applied between
 * the registry's field defaults and each feature's own settings. The encoder section stays as
 * written (see {@link EncoderConfig}): without a type it holds options for several encoders.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeatureDefaults(
        @JsonProperty("preprocessing") FeaturePreprocessing preprocessing,
        @JsonProperty("encoder") EncoderConfig encoder,
        @JsonProperty("decoder") DecoderConfig decoder,
        @JsonProperty("loss") LossConfig loss) {
}
