package dev.pql.exec;

import dev.pql.config.FeatureType;

/** Reading host scores: the predicted class, and the score an explanation tracks. */
final class Scores {
    private Scores() {
    }

    static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * What occlusion measures for a row: the probability of the class predicted with all inputs
     * (category), the probability of true (binary), or the value itself (number).
     */
    static double tracked(FeatureType type, float[] score, int predictedClass) {
        return type == FeatureType.CATEGORY ? score[predictedClass] : score[0];
    }
}
