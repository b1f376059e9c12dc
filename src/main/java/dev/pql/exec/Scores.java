package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.train.Metrics;

/** The score an explanation tracks; the predicted class is {@link Metrics#argmax}. */
final class Scores {
    private Scores() {
    }

    /**
     * What occlusion measures for a row, given its scores with all inputs: the probability of the
     * class predicted with all inputs (category), the probability of true (binary), the value itself
     * (number), or the mean probability of the members predicted with all inputs (set; the most
     * probable member when none reaches the threshold, so an empty prediction still has a weight).
     */
    static double tracked(FeatureConfig feature, float[] score, float[] withAllInputs) {
        return switch (feature.type()) {
            case CATEGORY -> score[Metrics.argmax(withAllInputs)];
            case SET -> predictedMembersMean(feature, score, withAllInputs);
            default -> score[0];
        };
    }

    private static double predictedMembersMean(FeatureConfig feature, float[] score, float[] withAllInputs) {
        double threshold = feature.decisionThreshold();
        double sum = 0;
        int predicted = 0;
        for (int i = 0; i < withAllInputs.length; i++) {
            if (withAllInputs[i] >= threshold) {
                sum += score[i];
                predicted++;
            }
        }
        return predicted == 0 ? score[Metrics.argmax(withAllInputs)] : sum / predicted;
    }
}
