package dev.pql.config.encoders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.Option;
import java.util.List;

/** The date {@code embed} encoder: embeddings of the date's components. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateEmbedOptions(
        @JsonProperty("embedding_size") Integer embeddingSize,
        @JsonProperty("dropout") Double dropout) implements EncoderOptions {

    static List<Option> options(String scope) {
        return List.of(EncoderLines.embeddingSize(scope, 8, "component"),
                EncoderLines.dropout(scope, 0.0, "Dropout rate on the embeddings."));
    }
}
