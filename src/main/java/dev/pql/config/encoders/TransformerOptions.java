package dev.pql.config.encoders;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.opt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.Option;
import java.util.List;

/** The text and sequence {@code transformer} encoder: self-attention layers over token and position embeddings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransformerOptions(
        @JsonProperty("embedding_size") Integer embeddingSize,
        @JsonProperty("reduce_output") String reduceOutput,
        @JsonProperty("dropout") Double dropout,
        @JsonProperty("num_layers") Integer numLayers,
        @JsonProperty("num_heads") Integer numHeads,
        @JsonProperty("transformer_output_size") Integer transformerOutputSize,
        @JsonProperty("hidden_size") Integer hiddenSize) implements EncoderOptions {

    static List<Option> options(String scope) {
        return EncoderLines.join(EncoderLines.sequence(scope, 0.1, "mean"), List.of(
                opt(scope, "num_layers", INT, 1, atLeast(1), "Self-attention layers."),
                opt(scope, "num_heads", INT, 4, atLeast(1), "Attention heads; must divide transformer_output_size."),
                opt(scope, "transformer_output_size", INT, 64, atLeast(1), "Width of the attention layers."),
                opt(scope, "hidden_size", INT, 128, atLeast(1), "Width of each layer's feed-forward part.")));
    }
}
