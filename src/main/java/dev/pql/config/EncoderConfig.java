package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An input feature's encoder, Ludwig style: {@code type} picks the encoder from the registry of
 * its feature type; the other fields are that encoder's options (unset ones are filled from
 * {@link Defaults}).
 *
 * <p>HOW TO ADD AN OPTION: add a component here with its Ludwig name in {@code @JsonProperty}, and
 * one {@code opt(...)} line in {@link FeatureOptions} (kind, default, check, doc). That line alone drives
 * defaults, validation (paths, did-you-mean) and docs/config.md; OptionRegistryTest fails if the
 * two disagree. Do not add defaults or checks anywhere else.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EncoderConfig(
        @JsonProperty("type") String type,
        @JsonProperty("embedding_size") Integer embeddingSize,
        @JsonProperty("num_filters") Integer numFilters,
        @JsonProperty("filter_sizes") List<Integer> filterSizes,
        @JsonProperty("reduce_output") String reduceOutput,
        @JsonProperty("dropout") Double dropout,
        @JsonProperty("output_size") Integer outputSize,
        @JsonProperty("num_layers") Integer numLayers,
        @JsonProperty("num_bins") Integer numBins,
        @JsonProperty("num_conv_layers") Integer numConvLayers,
        @JsonProperty("filter_size") Integer filterSize,
        @JsonProperty("pool_size") Integer poolSize,
        @JsonProperty("cell_type") String cellType,
        @JsonProperty("state_size") Integer stateSize,
        @JsonProperty("bidirectional") Boolean bidirectional,
        @JsonProperty("num_rec_layers") Integer numRecLayers,
        @JsonProperty("num_heads") Integer numHeads,
        @JsonProperty("transformer_output_size") Integer transformerOutputSize,
        @JsonProperty("hidden_size") Integer hiddenSize) {
}
