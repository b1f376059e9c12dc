package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.CategoryProcessor;
import dev.pql.features.Encoded;
import dev.pql.model.OutputHead;
import dev.pql.registry.LoadedModel;
import dev.pql.train.Metrics;
import java.sql.Types;
import java.util.List;
import org.h2.tools.SimpleResultSet;

/**
 * Category outputs in statements: PREDICT answers the most probable class (VARCHAR), its probability
 * as confidence, and one probability per class; the truth is the class index (-1 for a class the
 * model never saw); calibration counts the predicted class being right; no ROC (no single positive).
 *
 * <p>The type's other parts: {@code features/CategoryProcessor}, {@code model/CategoryHead}, {@code train/CategoryOutput};
 * its config lines in {@code config/FeatureOptions} (or {@code ZooOptions}).
 */
final class CategoryKind implements FeatureKind {
    @Override
    public FeatureType type() {
        return FeatureType.CATEGORY;
    }

    @Override
    public void addValueColumn(SimpleResultSet rs, String column) {
        rs.addColumn(column, Types.VARCHAR, Integer.MAX_VALUE, 0);
    }

    @Override
    public List<String> labels(OutputHead head) {
        return ((CategoryProcessor) head.processor()).labels();
    }

    @Override
    public void append(List<Object> row, float[] score, OutputHead head, boolean confidence, List<Integer> probabilityIndexes) {
        int best = Metrics.argmax(score);
        row.add(((CategoryProcessor) head.processor()).labelAt(best));
        if (confidence) {
            row.add((double) score[best]);
        }
        probabilityIndexes.forEach(i -> row.add((double) score[i]));
    }

    @Override
    public double truth(Encoded labels, int i, Object raw) {
        return ((Encoded.Ids) labels).ids()[i];
    }

    @Override
    public double decisionProbability(float[] score, int j) {
        return score[Metrics.argmax(score)];
    }

    @Override
    public boolean happened(float[] score, double truth, float[] members, int j) {
        return truth == Metrics.argmax(score);
    }

    @Override
    public double tracked(FeatureConfig feature, float[] score, float[] withAllInputs) {
        return score[Metrics.argmax(withAllInputs)];
    }

    @Override
    public PqlException refuse(Diagnostic d, LoadedModel model) {
        return d != Diagnostic.ROC ? null : new PqlException(ErrorCode.INVALID_DATA, "SHOW ROC needs a binary or set "
                + "output; " + model.name() + " predicts a category. Use SHOW CALIBRATION or SHOW CONFUSION MATRIX.");
    }
}
