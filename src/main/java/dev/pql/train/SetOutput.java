package dev.pql.train;

import dev.pql.config.FeatureType;
import dev.pql.features.Encoded;
import java.util.Map;

/**
 * Set outputs in training: one probability per member, each its own yes/no decision; Jaccard and
 * micro precision, recall, F1 against the true members. Not calibrated; no gbm objective. Its truth
 * per row is NaN (the members are the labels), so ensemble selection leaves every row out.
 */
final class SetOutput implements OutputKind {
    @Override
    public FeatureType type() {
        return FeatureType.SET;
    }

    @Override
    public Map<String, Double> metrics(float[][] scores, Encoded labels, double[] truth, int[] rows, double threshold) {
        Encoded.Matrix members = (Encoded.Matrix) labels;
        float[][] t = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            t[i] = members.row(rows[i]);
        }
        return Metrics.set(scores, t, threshold);
    }

    @Override
    public double selectionLoss(double[] sum, int picks, double y) {
        return Double.NaN; // never asked: every row's truth is NaN
    }
}
