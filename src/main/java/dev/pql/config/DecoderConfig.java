package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An output feature's head, Ludwig style: {@code classifier} for categories, {@code regressor} otherwise. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecoderConfig(@JsonProperty("type") String type) {
}
