package dev.pql.registry;

import dev.pql.config.ModelConfig;
import dev.pql.drift.TrainingProfile;
import dev.pql.features.FeatureMetadata;
import dev.pql.train.Calibration;
import dev.pql.train.EpochLog;
import java.util.List;

/**
 * Everything one model version is made of, as it is written to {@code models/<name>/<version>/}.
 * {@code calibration} and {@code profile} (the training distribution of each input, for drift) are
 * null for versions saved before PQL kept them, and for outputs that are not calibrated.
 */
public record Artifacts(ModelConfig config, List<FeatureMetadata> inputs, FeatureMetadata output, byte[] weights,
                        List<EpochLog> trainingLog, VersionInfo info, Calibration calibration,
                        TrainingProfile profile) {

    /** A version without calibration or training profile (as versions before them were). */
    public Artifacts(ModelConfig config, List<FeatureMetadata> inputs, FeatureMetadata output, byte[] weights,
                     List<EpochLog> trainingLog, VersionInfo info) {
        this(config, inputs, output, weights, trainingLog, info, null, null);
    }
}
