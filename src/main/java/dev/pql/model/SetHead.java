package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.training.loss.Loss;
import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.features.FeatureProcessor;

/** Set outputs: one logit per vocabulary member, each its own sigmoid (multi-label), sigmoid cross-entropy. */
final class SetHead implements HeadKind {
    @Override
    public FeatureType type() {
        return FeatureType.SET;
    }

    @Override
    public int units(FeatureProcessor processor) {
        return processor.vocabularySize();
    }

    @Override
    public Loss loss(FeatureConfig feature, FeatureProcessor processor) {
        return HeadKind.sigmoidCrossEntropy(feature);
    }

    @Override
    public NDArray scores(NDArray logits) {
        return logits.getNDArrayInternal().sigmoid();
    }
}
