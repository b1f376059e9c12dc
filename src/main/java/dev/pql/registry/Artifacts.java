package dev.pql.registry;

import dev.pql.config.ModelConfig;
import dev.pql.features.FeatureMetadata;
import dev.pql.train.EpochLog;
import java.util.List;

/**
 * Everything one model version is made of, as it is written to {@code models/<name>/<version>/}:
 * the fitted metadata of each input and each output feature, in config order.
 */
public record Artifacts(ModelConfig config, List<FeatureMetadata> inputs, List<FeatureMetadata> outputs, byte[] weights,
                        List<EpochLog> trainingLog, VersionInfo info) {
    /** A version of a model with one output feature. */
    public Artifacts(ModelConfig config, List<FeatureMetadata> inputs, FeatureMetadata output, byte[] weights,
                     List<EpochLog> trainingLog, VersionInfo info) {
        this(config, inputs, List.of(output), weights, trainingLog, info);
    }

    /** The first (or only) output feature's metadata. */
    public FeatureMetadata output() {
        return outputs.get(0);
    }
}
