package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** How encoded features are merged: {@code concat} followed by a stack of fully connected layers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CombinerConfig(
        @JsonProperty("type") String type,
        @JsonProperty("num_fc_layers") Integer numFcLayers,
        @JsonProperty("output_size") Integer outputSize,
        @JsonProperty("dropout") Double dropout) {
}
