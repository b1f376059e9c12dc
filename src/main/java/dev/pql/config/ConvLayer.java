package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pql.error.ErrorCode;
import dev.pql.error.Suggestions;
import java.util.List;
import java.util.Set;

/**
 * One entry of Ludwig's image {@code conv_layers}: a 2-d convolution, then its pooling; unset keys
 * fall back to the encoder's own (out_channels, kernel_size, ...), as Ludwig's Conv2DStack does.
 * Ludwig's older spellings (num_filters, filter_size, pool_size), which its MNIST example still
 * uses, are read as the current names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConvLayer(
        @JsonProperty("out_channels") @JsonAlias("num_filters") Integer outChannels,
        @JsonProperty("kernel_size") @JsonAlias("filter_size") Integer kernelSize,
        @JsonProperty("stride") Integer stride,
        @JsonProperty("padding") String padding,
        @JsonProperty("activation") String activation,
        @JsonProperty("dropout") Double dropout,
        @JsonProperty("norm") String norm,
        @JsonProperty("use_bias") Boolean useBias,
        @JsonProperty("pool_function") String poolFunction,
        @JsonProperty("pool_kernel_size") @JsonAlias("pool_size") Integer poolKernelSize,
        @JsonProperty("pool_stride") Integer poolStride) {

    static final List<String> KEYS = List.of("out_channels", "kernel_size", "stride", "padding", "activation", "dropout",
            "norm", "use_bias", "pool_function", "pool_kernel_size", "pool_stride");
    /** Keys of a Ludwig conv_layers entry PQL does not support. */
    private static final Set<String> LUDWIG_KEYS = Set.of("dilation", "groups", "padding_mode", "norm_params",
            "pool_padding", "pool_dilation");
    /** Pooling functions as Ludwig names them (max, or average under any of its spellings). */
    public static final List<String> POOL_FUNCTIONS = List.of("max", "average", "avg", "mean");

    /** The check of a conv_layers list: each layer's keys and values; the first problem, with the layer's index. */
    public static Check check() {
        return Check.eachSection("each layer: " + String.join(", ", KEYS), (layer, at) -> layer.isObject()
                ? layer(layer, at) : Check.Problem.invalid(at + " must be a section of " + String.join(", ", KEYS)));
    }

    private static Check.Problem layer(JsonNode layer, String at) {
        for (java.util.Iterator<String> it = layer.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            JsonNode v = layer.get(key);
            if (LUDWIG_KEYS.contains(key)) {
                return new Check.Problem(ErrorCode.NOT_SUPPORTED, at + "." + key + " is valid in Ludwig but not "
                        + "supported by PQL yet; a convolution layer takes " + String.join(", ", KEYS) + ".");
            }
            String wrong = v.isNull() ? null : switch (key) {
                case "out_channels", "num_filters", "kernel_size", "filter_size", "stride", "pool_kernel_size", "pool_size",
                        "pool_stride" -> v.isIntegralNumber() && v.asLong() >= 1 ? null : "must be an integer ≥ 1";
                case "dropout" -> v.isNumber() && v.asDouble() >= 0 && v.asDouble() < 1 ? null : "must be in [0, 1)";
                case "use_bias" -> v.isBoolean() ? null : "must be true or false";
                case "norm" -> "batch".equals(v.asText()) ? null : "must be batch";
                case "padding" -> List.of("valid", "same").contains(v.asText()) ? null : "must be valid or same";
                case "pool_function" -> POOL_FUNCTIONS.contains(v.asText()) ? null : "must be max or average";
                case "activation" -> FcLayer.ACTIVATIONS.contains(v.asText()) ? null
                        : "must be one of " + String.join(", ", FcLayer.ACTIVATIONS);
                default -> "is not a convolution layer option; a layer takes " + String.join(", ", KEYS) + "."
                        + Suggestions.didYouMean(key, KEYS);
            };
            if (wrong != null) {
                return Check.Problem.invalid(at + "." + key + " " + wrong + (wrong.startsWith("must") ? ", got " + v : ""));
            }
        }
        return null;
    }
}
