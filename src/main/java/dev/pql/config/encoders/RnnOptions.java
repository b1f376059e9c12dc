package dev.pql.config.encoders;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.opt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.Option;
import java.util.List;

/** The text and sequence {@code rnn} encoder: a recurrent layer stack. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RnnOptions(
        @JsonProperty("embedding_size") Integer embeddingSize,
        @JsonProperty("reduce_output") String reduceOutput,
        @JsonProperty("dropout") Double dropout,
        @JsonProperty("num_layers") Integer numLayers,
        @JsonProperty("cell_type") String cellType,
        @JsonProperty("state_size") Integer stateSize,
        @JsonProperty("bidirectional") Boolean bidirectional) implements EncoderOptions {

    static List<Option> options(String scope) {
        return EncoderLines.join(EncoderLines.sequence(scope, 0.0, "last"), EncoderLines.recurrent(scope),
                List.of(opt(scope, "num_layers", INT, 1, atLeast(1), "Stacked recurrent layers.")));
    }
}
