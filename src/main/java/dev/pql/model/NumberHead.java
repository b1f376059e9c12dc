package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.training.loss.Loss;
import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.config.LossConfig;
import dev.pql.features.FeatureProcessor;

/** Number outputs: one unit, the normalised value; mean squared error, mean absolute error or Huber. */
final class NumberHead implements HeadKind {
    @Override
    public FeatureType type() {
        return FeatureType.NUMBER;
    }

    @Override
    public Loss loss(FeatureConfig feature, FeatureProcessor processor) {
        LossConfig l = feature.loss();
        String type = l == null ? null : l.type();
        return switch (type == null ? "mean_squared_error" : type) {
            case "mean_absolute_error" -> Losses.meanAbsolute();
            case "huber" -> Losses.huber(l.delta() == null ? 1f : l.delta().floatValue());
            default -> Losses.meanSquared();
        };
    }

    @Override
    public NDArray scores(NDArray logits) {
        return logits;
    }
}
