package dev.pql.config.encoders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.Option;
import java.util.List;

/** The text and sequence {@code stacked_cnn} encoder: 1-D convolutions one after another, then a reduction. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StackedCnnOptions(
        @JsonProperty("embedding_size") Integer embeddingSize,
        @JsonProperty("num_filters") Integer numFilters,
        @JsonProperty("reduce_output") String reduceOutput,
        @JsonProperty("dropout") Double dropout,
        @JsonProperty("num_conv_layers") Integer numConvLayers,
        @JsonProperty("filter_size") Integer filterSize,
        @JsonProperty("pool_size") Integer poolSize) implements EncoderOptions {

    static List<Option> options(String scope) {
        return EncoderLines.join(EncoderLines.sequence(scope, 0.0, "max"), EncoderLines.convolutions(scope, 3, 3));
    }
}
