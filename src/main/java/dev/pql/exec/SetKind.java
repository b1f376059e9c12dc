package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.Encoded;
import dev.pql.features.SetProcessor;
import dev.pql.model.OutputHead;
import dev.pql.registry.LoadedModel;
import dev.pql.train.Metrics;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.h2.tools.SimpleResultSet;

/**
 * Set outputs in statements. PREDICT answers the members whose probability reaches the feature's
 * threshold (0.5 by default), as Ludwig does, joined as the set processor reads them back
 * ({@link SetProcessor#join}); the confidence is their mean probability (NULL when no member is
 * predicted: there is then nothing the model is confident about). The truth is the true members
 * ({@link #members}); calibration and ROC take each member as its own yes/no decision; a row has no
 * single class, so there is no confusion matrix.
 *
 * <p>The type's other parts: {@code features/SetProcessor}, {@code model/SetHead}, {@code train/SetOutput};
 * its config lines in {@code config/FeatureOptions} (or {@code ZooOptions}).
 */
final class SetKind implements FeatureKind {
    @Override
    public FeatureType type() {
        return FeatureType.SET;
    }

    @Override
    public void addValueColumn(SimpleResultSet rs, String column) {
        rs.addColumn(column, Types.VARCHAR, Integer.MAX_VALUE, 0);
    }

    @Override
    public List<String> labels(OutputHead head) {
        return ((SetProcessor) head.processor()).labels();
    }

    @Override
    public String labelsNoun() {
        return "set members";
    }

    @Override
    public void append(List<Object> row, float[] score, OutputHead head, boolean confidence, List<Integer> probabilityIndexes) {
        SetProcessor members = (SetProcessor) head.processor();
        double threshold = head.feature().decisionThreshold();
        List<String> predicted = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < score.length; i++) {
            if (score[i] >= threshold) {
                predicted.add(members.labelAt(i));
                sum += score[i];
            }
        }
        row.add(members.join(predicted));
        if (confidence) {
            row.add(predicted.isEmpty() ? null : sum / predicted.size());
        }
        probabilityIndexes.forEach(i -> row.add((double) score[i]));
    }

    @Override
    public double truth(Encoded labels, int i, Object raw) {
        return Double.NaN;
    }

    /** The true members per row, multi-hot over the vocabulary (members it never saw are left out). */
    @Override
    public float[][] members(Encoded labels) {
        Encoded.Matrix m = (Encoded.Matrix) labels;
        float[][] out = new float[m.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.row(i);
        }
        return out;
    }

    @Override
    public int decisions(OutputHead head) {
        return head.processor().vocabularySize();
    }

    @Override
    public double decisionProbability(float[] score, int j) {
        return score[j];
    }

    @Override
    public boolean happened(float[] score, double truth, float[] members, int j) {
        return members[j] > 0.5f;
    }

    /**
     * The mean probability of the members predicted with all inputs (the most probable member when
     * none reaches the threshold, so an empty prediction still has a weight).
     */
    @Override
    public double tracked(FeatureConfig feature, float[] score, float[] withAllInputs) {
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

    @Override
    public PqlException refuse(Diagnostic d, LoadedModel model) {
        // A row's actual and predicted sets are not one class each: there is no single matrix cell.
        return d != Diagnostic.CONFUSION_MATRIX ? null : new PqlException(ErrorCode.INVALID_DATA, "SHOW CONFUSION MATRIX "
                + "needs a category or binary output; " + model.name() + " predicts a set (several labels per row). Use "
                + "EVALUATE for jaccard, precision, recall and f1, or SHOW CALIBRATION / SHOW ROC, which take each member as "
                + "a yes/no decision.");
    }
}
