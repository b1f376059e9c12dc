package dev.pql.config.encoders;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.opt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.Option;
import java.util.List;

/**
 * The {@code dense} encoder of numbers, binaries, vectors and timeseries: fully connected ReLU layers.
 * (Category {@code dense} is an embedding: {@link CategoryDenseOptions}.) Components in the order
 * PQL has always written them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DenseOptions(
        @JsonProperty("dropout") Double dropout,
        @JsonProperty("output_size") Integer outputSize,
        @JsonProperty("num_layers") Integer numLayers) implements EncoderOptions {

    /** The lines at {@code scope}; the width's default depends on the feature type. */
    static List<Option> options(String scope, int outputSize) {
        return List.of(
                opt(scope, "output_size", INT, outputSize, atLeast(1), "Width of each layer."),
                opt(scope, "num_layers", INT, 1, atLeast(1), "Fully connected layers."),
                EncoderLines.dropout(scope, 0.0, "Dropout rate after the layers."));
    }
}
