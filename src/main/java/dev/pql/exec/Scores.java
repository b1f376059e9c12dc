package dev.pql.exec;

import dev.pql.config.FeatureType;

/** The score an explanation tracks; the predicted class is {@link dev.pql.train.Metrics#argmax}. */
final class Scores {
    private Scores() {
    }

    /**
     * What occlusion measures for a row: the probability of the class predicted with all inputs
     * (category), the probability of true (binary), or the value itself (number).
     */
    static double tracked(FeatureType type, float[] score, int predictedClass) {
        return type == FeatureType.CATEGORY ? score[predictedClass] : score[0];
    }
}
