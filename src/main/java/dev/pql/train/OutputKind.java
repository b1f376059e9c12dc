package dev.pql.train;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.Encoded;
import dev.pql.features.FeatureProcessor;
import java.util.List;
import java.util.Map;

/**
 * What the train stage knows about one output feature type: its metrics, whether its scores are
 * class probabilities (calibrated, stratified folds), auto's ensemble-selection loss and LightGBM's
 * objective. One class per type ({@link BinaryOutput}, {@link NumberOutput}, {@link CategoryOutput},
 * {@link SetOutput}), registered in {@link OutputKinds}; the code that trains, evaluates, calibrates
 * and ensembles asks it instead of switching on the type. The model stage's part of a type (logits,
 * loss, activation) is {@link dev.pql.model.HeadKind}; exec's (PREDICT columns, truth, diagnostics)
 * is {@code exec/FeatureKind}.
 */
public interface OutputKind {
    FeatureType type();

    /**
     * The type's metrics (the ones {@code Options.metrics} names, without loss) of host scores on the
     * data's scale.
     *
     * @param scores    scores[i] is the score of row rows[i]
     * @param labels    every row's encoded labels
     * @param truth     every row's truth as {@link TrainingData#truth} holds it (class index, 0/1, value; NaN for sets)
     * @param rows      the rows measured
     * @param threshold the feature's decision threshold
     */
    Map<String, Double> metrics(float[][] scores, Encoded labels, double[] truth, int[] rows, double threshold);

    /** Refuses training rows this output type cannot learn from (category: too few rows per class). */
    default void requireLearnable(FeatureConfig target, List<Object> values) {
    }

    /** Scores are class probabilities (category, binary): calibrated, folds stratified by class, calibration shown. */
    default boolean classes() {
        return false;
    }

    /** Scores are one probability of true per row (binary), not one probability per class. */
    default boolean probabilityOfTrue() {
        return false;
    }

    /** The loss auto's ensemble selection minimises, by the name pql.trials reports. */
    default String selectionMetric() {
        return "log_loss";
    }

    /** Whether ensemble selection can score a row of this truth (not NaN; category: a class the training rows had). */
    default boolean selectable(double y) {
        return !Double.isNaN(y);
    }

    /** One row's ensemble-selection loss of the mean of {@code picks} candidates' scores ({@code sum / picks}) against {@code y}. */
    double selectionLoss(double[] sum, int picks, double y);

    /** LightGBM's objective for this output (units: the head's logits); an error where gbm cannot predict it. */
    default String gbmObjective(FeatureConfig target, int units) {
        throw new PqlException(ErrorCode.NOT_SUPPORTED, "model_type gbm predicts number, binary and "
                + "category outputs; '" + target.name() + "' is a " + target.type().ludwigName() + ". Use model_type ecd.");
    }

    /** The loss the neural trainer would report for LightGBM's score of one row (only types with an objective). */
    default double gbmLoss(FeatureConfig target, Encoded labels, int row, float[] score) {
        throw new IllegalStateException(type().ludwigName() + " outputs have no gbm objective");
    }

    /** Scores as predictions and metrics show them (numbers: back on the data's scale, in place). */
    default float[][] toDataScale(FeatureProcessor processor, float[][] scores) {
        return scores;
    }

    /** The truth of some rows (truth[rows[i]]), as the metrics of most types take it. */
    static double[] truthOf(double[] truth, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = truth[rows[i]];
        }
        return out;
    }
}
