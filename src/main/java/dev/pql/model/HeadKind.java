package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.training.loss.Loss;
import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.features.FeatureProcessor;

/**
 * What the model stage knows about one output feature type (Ludwig's output feature): how many
 * logits its decoder makes, its loss, and how logits become scores. One class per type
 * ({@link BinaryHead}, {@link NumberHead}, {@link CategoryHead}, {@link SetHead}), registered in
 * {@link HeadKinds}; {@link OutputHead} asks it. The later stages' parts of the same type are
 * {@code train/OutputKind} and {@code exec/FeatureKind}.
 */
public interface HeadKind {
    FeatureType type();

    /** Logits the decoder produces (one, or one per class or member). */
    default int units(FeatureProcessor processor) {
        return 1;
    }

    /** The configured loss ({@code feature.loss()}, or the type's default). */
    Loss loss(FeatureConfig feature, FeatureProcessor processor);

    /** Scores from logits (rows × units): probabilities, or the normalised value. */
    NDArray scores(NDArray logits);
}
