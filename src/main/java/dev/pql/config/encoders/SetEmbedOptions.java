package dev.pql.config.encoders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.Option;
import java.util.List;

/** The set and bag {@code embed} encoder: the sum of the members' embeddings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetEmbedOptions(
        @JsonProperty("embedding_size") Integer embeddingSize,
        @JsonProperty("dropout") Double dropout) implements EncoderOptions {

    static List<Option> options(String scope) {
        return List.of(EncoderLines.embeddingSize(scope, 64, "member"),
                EncoderLines.dropout(scope, 0.0, "Dropout rate on the sum."));
    }
}
