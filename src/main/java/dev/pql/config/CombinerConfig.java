package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How encoded features are merged: {@code concat} (a stack of fully connected layers) or {@code tabnet}.
 *
 * <p>HOW TO ADD AN OPTION: add a component here with its Ludwig name in {@code @JsonProperty}, and
 * one {@code opt(...)} line in {@link TrainingOptions} (kind, default, check, doc). That line alone drives
 * defaults, validation (paths, did-you-mean) and docs/config.md; OptionRegistryTest fails if the
 * two disagree. Do not add defaults or checks anywhere else.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CombinerConfig(
        @JsonProperty("type") String type,
        @JsonProperty("num_fc_layers") Integer numFcLayers,
        @JsonProperty("output_size") Integer outputSize,
        @JsonProperty("dropout") Double dropout,
        @JsonProperty("norm") String norm,
        @JsonProperty("residual") Boolean residual,
        @JsonProperty("fc_layers") java.util.List<FcLayer> fcLayers,
        @JsonProperty("activation") String activation,
        @JsonProperty("use_bias") Boolean useBias,
        // tabnet (ParityOptions)
        @JsonProperty("size") Integer size,
        @JsonProperty("num_steps") Integer numSteps,
        @JsonProperty("num_total_blocks") Integer numTotalBlocks,
        @JsonProperty("num_shared_blocks") Integer numSharedBlocks,
        @JsonProperty("relaxation_factor") Double relaxationFactor,
        @JsonProperty("bn_epsilon") Double bnEpsilon,
        @JsonProperty("bn_momentum") Double bnMomentum,
        @JsonProperty("bn_virtual_bs") Integer bnVirtualBs,
        @JsonProperty("sparsity") Double sparsity,
        @JsonProperty("entmax_mode") String entmaxMode,
        @JsonProperty("entmax_alpha") Double entmaxAlpha) {
}
