package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pql.error.ErrorCode;
import dev.pql.error.Suggestions;
import java.util.List;
import java.util.Set;

/**
 * One entry of Ludwig's {@code fc_layers}: a fully connected layer whose unset keys fall back to
 * the section's own (output_size, dropout, activation, norm, use_bias), as Ludwig's FCStack does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FcLayer(
        @JsonProperty("output_size") Integer outputSize,
        @JsonProperty("dropout") Double dropout,
        @JsonProperty("activation") String activation,
        @JsonProperty("norm") String norm,
        @JsonProperty("use_bias") Boolean useBias) {

    /** Ludwig's activations (ludwig/utils/torch_utils.py) that PQL's layers implement. */
    public static final List<String> ACTIVATIONS = List.of("relu", "tanh", "sigmoid", "elu", "leakyRelu", "logSigmoid",
            "gelu", "silu", "swish", "mish", "selu", "relu6", "softmax");
    /** Ludwig's activations PQL lacks (a learned slope). */
    public static final List<String> LUDWIG_ACTIVATIONS = List.of("prelu");
    /** Keys of a Ludwig fc_layers entry PQL does not support. */
    private static final Set<String> LUDWIG_KEYS = Set.of("input_size", "weights_initializer", "bias_initializer",
            "norm_params");
    private static final List<String> KEYS = List.of("output_size", "dropout", "activation", "norm", "use_bias");

    /** The check of an fc_layers list: each layer's keys and values; the first problem, with the layer's index. */
    public static Check check() {
        return Check.eachSection("each layer: " + String.join(", ", KEYS), FcLayer::layer);
    }

    private static Check.Problem layer(JsonNode layer, String at) {
        for (java.util.Iterator<String> it = layer.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            JsonNode v = layer.get(key);
            if (LUDWIG_KEYS.contains(key)) {
                return new Check.Problem(ErrorCode.NOT_SUPPORTED, at + "." + key + " is valid in Ludwig but not "
                        + "supported by PQL yet; a layer takes " + String.join(", ", KEYS) + ".");
            }
            String wrong = v.isNull() ? null : switch (key) {
                case "output_size" -> v.isIntegralNumber() && v.asLong() >= 1 ? null : "must be an integer ≥ 1";
                case "dropout" -> v.isNumber() && v.asDouble() >= 0 && v.asDouble() < 1 ? null : "must be in [0, 1)";
                case "use_bias" -> v.isBoolean() ? null : "must be true or false";
                case "norm" -> List.of("batch", "layer").contains(v.asText()) ? null : "must be batch or layer";
                case "activation" -> ACTIVATIONS.contains(v.asText()) ? null : LUDWIG_ACTIVATIONS.contains(v.asText())
                        ? "" : "must be one of " + String.join(", ", ACTIVATIONS);
                default -> "is not a layer option; a layer takes " + String.join(", ", KEYS) + "."
                        + Suggestions.didYouMean(key, KEYS);
            };
            if (wrong != null && wrong.isEmpty()) {
                return new Check.Problem(ErrorCode.NOT_SUPPORTED, at + ".activation '" + v.asText() + "' is valid in "
                        + "Ludwig but not supported by PQL yet.");
            }
            if (wrong != null) {
                return Check.Problem.invalid(at + "." + key + " " + wrong + (wrong.startsWith("must") ? ", got " + v : ""));
            }
        }
        return null;
    }
}
