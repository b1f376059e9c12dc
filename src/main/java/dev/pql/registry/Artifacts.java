package dev.pql.registry;

import dev.pql.config.ModelConfig;
import dev.pql.drift.TrainingProfile;
import dev.pql.features.FeatureMetadata;
import dev.pql.train.Calibration;
import dev.pql.train.EpochLog;
import dev.pql.train.Trial;
import java.util.List;

/**
 * Everything one model version is made of, as it is written to {@code models/<name>/<version>/}:
 * the fitted metadata of each input and each output feature, in config order. {@code calibration}
 * (of the first output) and {@code profile} (the training distribution of each input, for drift)
 * are null for versions saved before PQL kept them, and for outputs that are not calibrated; {@code trials}
 * (the candidates of model_type auto) is null for versions of other model types.
 */
public record Artifacts(ModelConfig config, List<FeatureMetadata> inputs, List<FeatureMetadata> outputs, byte[] weights,
                        List<EpochLog> trainingLog, VersionInfo info, Calibration calibration,
                        TrainingProfile profile, List<Trial> trials) {

    /** A version without trials (every model_type but auto). */
    public Artifacts(ModelConfig config, List<FeatureMetadata> inputs, List<FeatureMetadata> outputs, byte[] weights,
                     List<EpochLog> trainingLog, VersionInfo info, Calibration calibration, TrainingProfile profile) {
        this(config, inputs, outputs, weights, trainingLog, info, calibration, profile, null);
    }

    /** A version without calibration or training profile (as versions before them were). */
    public Artifacts(ModelConfig config, List<FeatureMetadata> inputs, List<FeatureMetadata> outputs, byte[] weights,
                     List<EpochLog> trainingLog, VersionInfo info) {
        this(config, inputs, outputs, weights, trainingLog, info, null, null);
    }

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
