package dev.pql.config.encoders;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.opt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.Option;
import java.util.List;

/** The text and sequence {@code cnnrnn} encoder: convolutions, then a recurrent layer stack. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CnnRnnOptions(
        @JsonProperty("embedding_size") Integer embeddingSize,
        @JsonProperty("num_filters") Integer numFilters,
        @JsonProperty("reduce_output") String reduceOutput,
        @JsonProperty("dropout") Double dropout,
        @JsonProperty("num_conv_layers") Integer numConvLayers,
        @JsonProperty("filter_size") Integer filterSize,
        @JsonProperty("pool_size") Integer poolSize,
        @JsonProperty("cell_type") String cellType,
        @JsonProperty("state_size") Integer stateSize,
        @JsonProperty("bidirectional") Boolean bidirectional,
        @JsonProperty("num_rec_layers") Integer numRecLayers) implements EncoderOptions {

    static List<Option> options(String scope) {
        return EncoderLines.join(EncoderLines.sequence(scope, 0.0, "last"), EncoderLines.convolutions(scope, 1, 5),
                EncoderLines.recurrent(scope),
                List.of(opt(scope, "num_rec_layers", INT, 1, atLeast(1), "Stacked recurrent layers.")));
    }
}
