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
        @JsonProperty("hidden_size") Integer hiddenSize,
        // image stacked_cnn (see ImageOptions)
        @JsonProperty("conv_layers") List<ConvLayer> convLayers,
        @JsonProperty("out_channels") Integer outChannels,
        @JsonProperty("kernel_size") Integer kernelSize,
        @JsonProperty("stride") Integer stride,
        @JsonProperty("padding") String padding,
        @JsonProperty("conv_activation") String convActivation,
        @JsonProperty("conv_dropout") Double convDropout,
        @JsonProperty("pool_function") String poolFunction,
        @JsonProperty("pool_kernel_size") Integer poolKernelSize,
        @JsonProperty("pool_stride") Integer poolStride,
        @JsonProperty("num_fc_layers") Integer numFcLayers,
        @JsonProperty("fc_layers") List<FcLayer> fcLayers,
        @JsonProperty("fc_activation") String fcActivation,
        @JsonProperty("fc_dropout") Double fcDropout,
        @JsonProperty("fc_norm") String fcNorm,
        // auto_transformer / minilm
        @JsonProperty("pretrained_model_name_or_path") String pretrainedModelNameOrPath,
        @JsonProperty("trainable") Boolean trainable,
        @JsonProperty("use_pretrained") Boolean usePretrained) {

    /** The pretrained text weights PQL ships in its jar (the auto_transformer and minilm encoders), by their Hugging Face name. */
    public static final String MINILM = "sentence-transformers/all-MiniLM-L6-v2";

    /** True for the text encoders that run the pretrained sentence encoder (auto_transformer, minilm). */
    public boolean pretrainedText() {
        return "auto_transformer".equals(type) || "minilm".equals(type);
    }
}
