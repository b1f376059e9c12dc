package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An output feature's loss, by Ludwig's names: {@code type} (softmax_cross_entropy for category,
 * sigmoid_cross_entropy for binary and set, mean_squared_error, mean_absolute_error or huber for
 * number), {@code class_weights} (a list in class order or a map from class to weight),
 * {@code positive_class_weight} (binary, set), {@code delta} (huber) and {@code weight} (how much
 * this output's loss counts when a model has several output features; 1 by default).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LossConfig(
        @JsonProperty("type") String type,
        @JsonProperty("class_weights") Object classWeights,
        @JsonProperty("positive_class_weight") Double positiveClassWeight,
        @JsonProperty("delta") Double delta,
        @JsonProperty("weight") Double weight) {
}
