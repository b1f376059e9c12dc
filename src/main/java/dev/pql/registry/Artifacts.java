package dev.pql.registry;

import dev.pql.config.ModelConfig;
import dev.pql.features.FeatureMetadata;
import dev.pql.train.EpochLog;
import java.util.List;

/** Everything one model version is made of, as it is written to {@code models/<name>/<version>/}. */
public record Artifacts(ModelConfig config, List<FeatureMetadata> inputs, FeatureMetadata output, byte[] weights,
                        List<EpochLog> trainingLog, VersionInfo info) {
}
