package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How encoded features are merged: {@code concat} (a stack of fully connected layers),
 * {@code tabnet}, {@code transformer} or {@code comparator}.
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
        @JsonProperty("entmax_alpha") Double entmaxAlpha,
        // transformer
        @JsonProperty("num_layers") Integer numLayers,
        @JsonProperty("hidden_size") Integer hiddenSize,
        @JsonProperty("num_heads") Integer numHeads,
        @JsonProperty("transformer_output_size") Integer transformerOutputSize,
        @JsonProperty("reduce_output") String reduceOutput,
        @JsonProperty("fc_activation") String fcActivation,
        @JsonProperty("fc_dropout") Double fcDropout,
        @JsonProperty("fc_residual") Boolean fcResidual,
        // comparator
        @JsonProperty("entity_1") java.util.List<String> entity1,
        @JsonProperty("entity_2") java.util.List<String> entity2) {
}
