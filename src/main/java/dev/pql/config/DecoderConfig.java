package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An output feature's head, Ludwig style: {@code classifier} for categories, {@code regressor}
 * otherwise, each after an optional stack of fully connected layers (the fc_ options), or
 * {@code mlp_classifier} (hidden layers of output_size). Options per variant: see {@link ParityOptions}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecoderConfig(
        @JsonProperty("type") String type,
        @JsonProperty("num_fc_layers") Integer numFcLayers,
        @JsonProperty("fc_layers") List<FcLayer> fcLayers,
        @JsonProperty("fc_output_size") Integer fcOutputSize,
        @JsonProperty("fc_activation") String fcActivation,
        @JsonProperty("fc_dropout") Double fcDropout,
        @JsonProperty("fc_norm") String fcNorm,
        @JsonProperty("fc_use_bias") Boolean fcUseBias,
        // mlp_classifier
        @JsonProperty("output_size") Integer outputSize,
        @JsonProperty("activation") String activation,
        @JsonProperty("dropout") Double dropout,
        @JsonProperty("use_bias") Boolean useBias) {
}
