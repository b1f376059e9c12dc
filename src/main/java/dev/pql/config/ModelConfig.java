package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A model's whole recipe, in Ludwig's layout. Stored, fully resolved, with every version: the
 * model is exactly this plus its training data. {@code random_seed} is Ludwig's command-line seed,
 * kept in the config so that a version can be reproduced from it alone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"input_features", "output_features", "combiner", "trainer", "preprocessing", "random_seed"})
public record ModelConfig(
        @JsonProperty("input_features") List<FeatureConfig> inputFeatures,
        @JsonProperty("output_features") List<FeatureConfig> outputFeatures,
        @JsonProperty("combiner") CombinerConfig combiner,
        @JsonProperty("trainer") TrainerConfig trainer,
        @JsonProperty("preprocessing") PreprocessingConfig preprocessing,
        @JsonProperty("random_seed") Long randomSeed) {
}
