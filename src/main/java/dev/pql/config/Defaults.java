package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Every default of the config, in one place (Ludwig's first two layers: field defaults, then
 * per-type defaults). {@link #fill} completes a config tree without overwriting anything set.
 */
public final class Defaults {
    private Defaults() {
    }

    static final String TOP = """
            {"combiner": {"type": "concat", "num_fc_layers": 1, "output_size": 128, "dropout": 0.1},
             "trainer": {"epochs": 30, "batch_size": 64, "learning_rate": 0.001, "optimizer": {"type": "adam"},
                         "early_stop": 5, "validation_metric": "loss"},
             "preprocessing": {"split": {"type": "random", "probabilities": [0.7, 0.1, 0.2]}},
             "random_seed": 42}
            """;

    /** Per input type: the default encoder name and preprocessing. */
    static final Map<FeatureType, String> INPUT = Map.of(
            FeatureType.TEXT, """
                    {"encoder": {"type": "embed"},
                     "preprocessing": {"tokenizer": "space_punct", "lowercase": true, "most_common": 20000,
                                       "max_sequence_length": 256, "missing_value_strategy": "fill_with_const",
                                       "fill_value": ""}}""",
            FeatureType.CATEGORY, """
                    {"encoder": {"type": "dense"},
                     "preprocessing": {"most_common": 10000, "missing_value_strategy": "fill_with_const",
                                       "fill_value": "<UNK>"}}""",
            FeatureType.NUMBER, """
                    {"encoder": {"type": "passthrough"},
                     "preprocessing": {"normalization": "zscore", "missing_value_strategy": "fill_with_mean"}}""",
            FeatureType.BINARY, """
                    {"encoder": {"type": "passthrough"},
                     "preprocessing": {"missing_value_strategy": "fill_with_false"}}""",
            FeatureType.DATE, """
                    {"encoder": {"type": "embed"}, "preprocessing": {"missing_value_strategy": "fill_with_const"}}""");

    /** Per encoder name: its options' defaults. */
    static final Map<String, String> ENCODER = Map.of(
            "embed", """
                    {"embedding_size": 64, "reduce_output": "mean", "dropout": 0.0}""",
            "parallel_cnn", """
                    {"embedding_size": 64, "num_filters": 64, "filter_sizes": [2, 3, 4, 5], "reduce_output": "max",
                     "dropout": 0.0}""",
            "dense", """
                    {"embedding_size": 16, "dropout": 0.0}""",
            "passthrough", "{}");

    /** Per output type: preprocessing and decoding defaults. */
    static final Map<FeatureType, String> OUTPUT = Map.of(
            FeatureType.CATEGORY, """
                    {"preprocessing": {"most_common": 10000, "missing_value_strategy": "drop_row"}}""",
            FeatureType.BINARY, """
                    {"threshold": 0.5, "preprocessing": {"missing_value_strategy": "drop_row"}}""",
            FeatureType.NUMBER, """
                    {"preprocessing": {"normalization": "zscore", "missing_value_strategy": "drop_row"}}""");

    /** Fills every unset field of a lowered config tree (features must already have a type). */
    public static void fill(ObjectNode config) {
        merge(config, ConfigMapper.readTree(TOP));
        for (JsonNode f : config.withArray("input_features")) {
            FeatureType type = FeatureType.of(f.path("type").asText());
            String defaults = INPUT.get(type);
            if (defaults != null) {
                merge((ObjectNode) f, ConfigMapper.readTree(defaults));
            }
            JsonNode encoder = f.path("encoder");
            String encoderDefaults = ENCODER.get(encoder.path("type").asText());
            if (encoder instanceof ObjectNode e && encoderDefaults != null) {
                merge(e, ConfigMapper.readTree(encoderDefaults));
            }
        }
        for (JsonNode f : config.withArray("output_features")) {
            String defaults = OUTPUT.get(FeatureType.of(f.path("type").asText()));
            if (defaults != null) {
                merge((ObjectNode) f, ConfigMapper.readTree(defaults));
            }
        }
    }

    /** Copies into {@code target} every field of {@code defaults} that it lacks, recursively. */
    static void merge(ObjectNode target, JsonNode defaults) {
        for (Iterator<Map.Entry<String, JsonNode>> it = defaults.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = target.get(e.getKey());
            if (existing == null || existing.isNull()) {
                target.set(e.getKey(), e.getValue().deepCopy());
            } else if (existing instanceof ObjectNode o && e.getValue().isObject()) {
                merge(o, e.getValue());
            }
        }
    }
}
