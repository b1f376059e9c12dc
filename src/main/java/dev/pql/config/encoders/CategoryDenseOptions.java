package dev.pql.config.encoders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.Option;
import java.util.List;

/** The category {@code dense} encoder: a learned embedding per category (not the number dense's layers). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CategoryDenseOptions(
        @JsonProperty("embedding_size") Integer embeddingSize,
        @JsonProperty("dropout") Double dropout) implements EncoderOptions {

    static List<Option> options(String scope) {
        return List.of(EncoderLines.embeddingSize(scope, 16, "category"),
                EncoderLines.dropout(scope, 0.0, "Dropout rate on the embedding."));
    }
}
