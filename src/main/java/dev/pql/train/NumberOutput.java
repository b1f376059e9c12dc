package dev.pql.train;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.config.LossConfig;
import dev.pql.features.Encoded;
import dev.pql.features.FeatureProcessor;
import dev.pql.features.NumberProcessor;
import java.util.Map;

/**
 * Number outputs in training: the value (normalised in the network, on the data's scale in metrics);
 * MAE, RMSE, R²; squared error for ensemble selection; LightGBM's regression objective of the loss.
 */
final class NumberOutput implements OutputKind {
    @Override
    public FeatureType type() {
        return FeatureType.NUMBER;
    }

    @Override
    public Map<String, Double> metrics(float[][] scores, Encoded labels, double[] truth, int[] rows, double threshold) {
        return Metrics.number(scores, OutputKind.truthOf(truth, rows));
    }

    @Override
    public String selectionMetric() {
        return "mean_squared_error";
    }

    @Override
    public double selectionLoss(double[] sum, int picks, double y) {
        double e = sum[0] / picks - y;
        return e * e;
    }

    @Override
    public String gbmObjective(FeatureConfig target, int units) {
        LossConfig loss = target.loss();
        return switch (lossType(loss)) {
            case "mean_absolute_error" -> "objective=regression_l1";
            case "huber" -> "objective=huber alpha=" + (loss.delta() == null ? 1.0 : loss.delta());
            default -> "objective=regression";
        };
    }

    /** Squared or absolute error (or Huber) on the normalised scale, as the network's loss. */
    @Override
    public double gbmLoss(FeatureConfig target, Encoded labels, int row, float[] score) {
        LossConfig l = target.loss();
        double delta = l == null || l.delta() == null ? 1.0 : l.delta();
        double e = Math.abs(((Encoded.Floats) labels).values()[row] - score[0]);
        return switch (lossType(l)) {
            case "mean_absolute_error" -> e;
            case "huber" -> e <= delta ? 0.5 * e * e : delta * (e - 0.5 * delta);
            default -> e * e;
        };
    }

    private static String lossType(LossConfig l) {
        return l == null || l.type() == null ? "mean_squared_error" : l.type();
    }

    @Override
    public float[][] toDataScale(FeatureProcessor processor, float[][] scores) {
        NumberProcessor p = (NumberProcessor) processor;
        for (float[] r : scores) {
            r[0] = (float) p.denormalize(r[0]);
        }
        return scores;
    }
}
