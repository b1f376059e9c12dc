package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.training.loss.Loss;
import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.config.LossConfig;
import dev.pql.features.FeatureProcessor;

/** Binary outputs: one logit, sigmoid cross-entropy, the probability of true ({@link SetHead}: one per member). */
class BinaryHead implements HeadKind {
    @Override
    public FeatureType type() {
        return FeatureType.BINARY;
    }

    @Override
    public Loss loss(FeatureConfig feature, FeatureProcessor processor) {
        LossConfig l = feature.loss();
        return Losses.sigmoidCrossEntropy(l == null || l.positiveClassWeight() == null ? 1f : l.positiveClassWeight().floatValue());
    }

    @Override
    public NDArray scores(NDArray logits) {
        return logits.getNDArrayInternal().sigmoid();
    }
}
