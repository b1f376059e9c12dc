package dev.pql.config.encoders;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Check.each;
import static dev.pql.config.Check.oneOf;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.Kind.INT_LIST;
import static dev.pql.config.Option.Kind.STRING;
import static dev.pql.config.Option.opt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.Option;
import java.util.List;

/** The text and sequence {@code parallel_cnn} encoder: parallel 1-D convolutions of several widths, max-pooled. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParallelCnnOptions(
        @JsonProperty("embedding_size") Integer embeddingSize,
        @JsonProperty("num_filters") Integer numFilters,
        @JsonProperty("filter_sizes") List<Integer> filterSizes,
        @JsonProperty("reduce_output") String reduceOutput,
        @JsonProperty("dropout") Double dropout) implements EncoderOptions {

    /**
     * The lines at {@code scope}; {@code ludwigReduce} are the reductions Ludwig has and PQL does not
     * (a 0A000 rather than an invalid value), which the text and sequence registrations name apart.
     */
    static List<Option> options(String scope, List<String> ludwigReduce) {
        return List.of(
                EncoderLines.embeddingSize(scope, 64, "token"),
                opt(scope, "num_filters", INT, 64, atLeast(1), "Filters per convolution width."),
                opt(scope, "filter_sizes", INT_LIST, List.of(2, 3, 4, 5), each(atLeast(1)),
                        "Convolution widths, in tokens (PQL's shorthand for Ludwig's conv_layers[].filter_size)."),
                opt(scope, "reduce_output", STRING, "max", oneOf(List.of("max"), ludwigReduce), "Pooling over the sequence."),
                EncoderLines.dropout(scope, 0.0, "Dropout rate after the convolutions."));
    }
}
