package dev.pql.config.encoders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.Option;
import java.util.List;

/** The text and sequence {@code embed} encoder: token embeddings reduced over the sequence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmbedOptions(
        @JsonProperty("embedding_size") Integer embeddingSize,
        @JsonProperty("reduce_output") String reduceOutput,
        @JsonProperty("dropout") Double dropout) implements EncoderOptions {

    static List<Option> options(String scope) {
        return List.of(EncoderLines.embeddingSize(scope, 64, "token"),
                EncoderLines.reduceOutput(scope, "mean", "How token vectors become one vector."),
                EncoderLines.dropout(scope, 0.0, "Dropout rate on the reduced vector."));
    }
}
