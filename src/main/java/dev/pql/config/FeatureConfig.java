package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One input or output feature: its name, the data column it reads, its type, and for inputs the
 * encoder (bound to the options record of the type's encoder of that name); outputs have a decoder
 * and a loss, and {@code threshold} applies to binary and set outputs;
 * {@code calibration} (temperature or none) to binary and category outputs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeatureConfig(
        @JsonProperty("name") String name,
        @JsonProperty("column") String column,
        @JsonProperty("type") FeatureType type,
        @JsonProperty("encoder") EncoderConfig encoder,
        @JsonProperty("preprocessing") FeaturePreprocessing preprocessing,
        @JsonProperty("decoder") DecoderConfig decoder,
        @JsonProperty("loss") LossConfig loss,
        @JsonProperty("threshold") Double threshold,
        @JsonProperty("calibration") String calibration) {

    /** Binds the encoder section to its encoder's options record, which depends on the feature's type. */
    public FeatureConfig {
        encoder = encoder == null ? null : encoder.bind(type);
    }

    /** Whether held-out rows calibrate this output's probabilities (unset, as in configs before issue 20: no). */
    public boolean calibrated() {
        return calibration != null && !calibration.equals("none");
    }

    /** The probability from which a binary output says true or a set output predicts a member (0.5 when unset). */
    public double decisionThreshold() {
        return threshold == null ? 0.5 : threshold;
    }

    /** The same feature with other preprocessing options. */
    public FeatureConfig withPreprocessing(FeaturePreprocessing p) {
        return new FeatureConfig(name, column, type, encoder, p, decoder, loss, threshold, calibration);
    }
}
