package dev.pql.train;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.config.LossConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.Encoded;
import java.util.List;
import java.util.Map;

/** Category outputs in training: one probability per class; accuracy, macro precision/recall/F1, hits at k. */
final class CategoryOutput implements OutputKind {
    private static final double EPS = 1e-7;

    @Override
    public FeatureType type() {
        return FeatureType.CATEGORY;
    }

    @Override
    public Map<String, Double> metrics(float[][] scores, Encoded labels, double[] truth, int[] rows, double threshold) {
        return Metrics.category(scores, OutputKind.truthOf(truth, rows));
    }

    @Override
    public void requireLearnable(FeatureConfig target, List<Object> values) {
        TrainingLimits.requireLearnableClasses(target, values);
    }

    @Override
    public boolean classes() {
        return true;
    }

    @Override
    public boolean selectable(double y) {
        return !Double.isNaN(y) && y >= 0; // a class the training rows never had: no candidate can score it
    }

    @Override
    public double selectionLoss(double[] sum, int picks, double y) {
        return -Math.log(Math.max(EPS, sum[(int) y] / picks));
    }

    @Override
    public String gbmObjective(FeatureConfig target, int units) {
        LossConfig loss = target.loss();
        if (loss != null && loss.classWeights() != null) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "'" + target.name() + ".loss.class_weights' is not "
                    + "supported with model_type gbm yet; balance the classes with preprocessing.oversample_minority "
                    + "or undersample_majority, or use model_type ecd.");
        }
        return "objective=multiclass num_class=" + units;
    }

    @Override
    public double gbmLoss(FeatureConfig target, Encoded labels, int row, float[] score) {
        long y = ((Encoded.Ids) labels).ids()[row];
        return y < 0 ? 0 : -Math.log(Math.max(EPS, score[(int) y]));
    }
}
