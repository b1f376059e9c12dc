package dev.pql.exec;

import dev.pql.config.FeatureType;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.Encoded;
import dev.pql.features.NumberProcessor;
import dev.pql.model.OutputHead;
import dev.pql.registry.LoadedModel;
import java.sql.Types;
import java.util.List;
import org.h2.tools.SimpleResultSet;

/**
 * Number outputs in statements: PREDICT answers the value (DOUBLE) and nothing else (no classes, so
 * no confidence or probabilities); the truth is the number on the data's scale; no confusion matrix,
 * calibration or ROC.
 *
 * <p>The type's other parts: {@code features/NumberProcessor}, {@code model/NumberHead}, {@code train/NumberOutput};
 * its config lines in {@code config/FeatureOptions} (or {@code ZooOptions}).
 */
final class NumberKind implements FeatureKind {
    @Override
    public FeatureType type() {
        return FeatureType.NUMBER;
    }

    @Override
    public void addValueColumn(SimpleResultSet rs, String column) {
        rs.addColumn(column, Types.DOUBLE, 17, 0);
    }

    @Override
    public List<String> labels(OutputHead head) {
        return null;
    }

    @Override
    public void append(List<Object> row, float[] score, OutputHead head, boolean confidence, List<Integer> probabilityIndexes) {
        row.add((double) score[0]);
    }

    @Override
    public double truth(Encoded labels, int i, Object raw) {
        Double d = NumberProcessor.parse(raw);
        return d == null ? Double.NaN : d;
    }

    @Override
    public double decisionProbability(float[] score, int j) {
        throw new IllegalStateException("number outputs make no yes/no decisions");
    }

    @Override
    public boolean happened(float[] score, double truth, float[] members, int j) {
        throw new IllegalStateException("number outputs make no yes/no decisions");
    }

    @Override
    public PqlException refuse(Diagnostic d, LoadedModel model) {
        return new PqlException(ErrorCode.INVALID_DATA, d.statement + " needs a category or binary output; " + model.name()
                + " predicts a number. Use EVALUATE for mae, rmse and r2.");
    }
}
