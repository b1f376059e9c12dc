package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * A model's whole recipe, in Ludwig's layout. Stored, fully resolved, with every version: the
 * model is exactly this plus its training data. {@code random_seed} is Ludwig's command-line seed,
 * kept in the config so that a version can be reproduced from it alone; {@code defaults} keeps the
 * per-type defaults the user gave (already applied to the features), so the recipe reads as written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"model_type", "input_features", "output_features", "combiner", "trainer", "preprocessing",
        "defaults", "random_seed"})
public record ModelConfig(
        @JsonProperty("model_type") String modelType,
        @JsonProperty("input_features") List<FeatureConfig> inputFeatures,
        @JsonProperty("output_features") List<FeatureConfig> outputFeatures,
        @JsonProperty("combiner") CombinerConfig combiner,
        @JsonProperty("trainer") TrainerConfig trainer,
        @JsonProperty("preprocessing") PreprocessingConfig preprocessing,
        @JsonProperty("defaults") Map<String, FeatureDefaults> defaults,
        @JsonProperty("random_seed") Long randomSeed) {

    /** The same config with other input features (their resolved base folders, for example). */
    public ModelConfig withInputFeatures(List<FeatureConfig> inputs) {
        return new ModelConfig(modelType, inputs, outputFeatures, combiner, trainer, preprocessing, defaults, randomSeed);
    }
}
