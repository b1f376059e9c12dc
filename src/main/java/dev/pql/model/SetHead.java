package dev.pql.model;

import dev.pql.config.FeatureType;
import dev.pql.features.FeatureProcessor;

/**
 * Set outputs (multi-label): one logit per vocabulary member, each member a binary decision of its
 * own, so the loss and the activation are {@link BinaryHead}'s applied per member.
 */
final class SetHead extends BinaryHead {
    @Override
    public FeatureType type() {
        return FeatureType.SET;
    }

    @Override
    public int units(FeatureProcessor processor) {
        return processor.vocabularySize();
    }
}
