package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The training loop's settings, by Ludwig's names. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainerConfig(
        @JsonProperty("epochs") Integer epochs,
        @JsonProperty("batch_size") Integer batchSize,
        @JsonProperty("learning_rate") Double learningRate,
        @JsonProperty("optimizer") OptimizerConfig optimizer,
        @JsonProperty("early_stop") Integer earlyStop,
        @JsonProperty("validation_metric") String validationMetric) {

    /** The optimizer, as Ludwig nests it: {@code optimizer: {type: adam}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OptimizerConfig(@JsonProperty("type") String type) {
    }
}
