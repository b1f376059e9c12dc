package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An input feature's encoder, Ludwig style: {@code type} picks the encoder from the registry of
 * its feature type; the other fields are that encoder's options (unset ones are filled from
 * {@link Defaults}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EncoderConfig(
        @JsonProperty("type") String type,
        @JsonProperty("embedding_size") Integer embeddingSize,
        @JsonProperty("num_filters") Integer numFilters,
        @JsonProperty("filter_sizes") List<Integer> filterSizes,
        @JsonProperty("reduce_output") String reduceOutput,
        @JsonProperty("dropout") Double dropout) {
}
