package dev.pql.train;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.config.LossConfig;
import dev.pql.features.Encoded;
import java.util.Map;

/** Binary outputs in training: one probability of true; accuracy, precision, recall, F1, ROC AUC. */
final class BinaryOutput implements OutputKind {
    private static final double EPS = 1e-7;

    @Override
    public FeatureType type() {
        return FeatureType.BINARY;
    }

    @Override
    public Map<String, Double> metrics(float[][] scores, Encoded labels, double[] truth, int[] rows, double threshold) {
        return Metrics.binary(scores, OutputKind.truthOf(truth, rows), threshold);
    }

    @Override
    public boolean classes() {
        return true;
    }

    @Override
    public boolean probabilityOfTrue() {
        return true;
    }

    @Override
    public double selectionLoss(double[] sum, int picks, double y) {
        double p = Math.min(1 - EPS, Math.max(EPS, sum[0] / picks));
        return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
    }

    @Override
    public String gbmObjective(FeatureConfig target, int units) {
        LossConfig loss = target.loss();
        return "objective=binary" + (loss != null && loss.positiveClassWeight() != null
                ? " scale_pos_weight=" + loss.positiveClassWeight() : "");
    }

    @Override
    public double gbmLoss(FeatureConfig target, Encoded labels, int row, float[] score) {
        double y = ((Encoded.Floats) labels).values()[row];
        double p = Math.min(1 - EPS, Math.max(EPS, score[0]));
        return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
    }
}
