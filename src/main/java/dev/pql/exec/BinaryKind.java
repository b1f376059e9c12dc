package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.features.Encoded;
import dev.pql.model.OutputHead;
import java.sql.Types;
import java.util.List;
import org.h2.tools.SimpleResultSet;

/**
 * Binary outputs in statements: PREDICT answers true when the probability of true reaches the
 * feature's threshold (BOOLEAN), that probability as confidence, and the probabilities of false and
 * true; the truth is 0/1; calibration and ROC count the row being true.
 *
 * <p>The type's other parts: {@code features/BinaryProcessor}, {@code model/BinaryHead}, {@code train/BinaryOutput};
 * its config lines in {@code config/FeatureOptions} (or {@code ZooOptions}).
 */
final class BinaryKind implements FeatureKind {
    private static final List<String> LABELS = List.of("false", "true");

    @Override
    public FeatureType type() {
        return FeatureType.BINARY;
    }

    @Override
    public void addValueColumn(SimpleResultSet rs, String column) {
        rs.addColumn(column, Types.BOOLEAN, 1, 0);
    }

    @Override
    public List<String> labels(OutputHead head) {
        return LABELS;
    }

    @Override
    public void append(List<Object> row, float[] score, OutputHead head, boolean confidence, List<Integer> probabilityIndexes) {
        double threshold = head.feature().decisionThreshold();
        row.add(score[0] >= threshold);
        if (confidence) {
            row.add((double) score[0]);
        }
        probabilityIndexes.forEach(i -> row.add(i == 1 ? (double) score[0] : 1.0 - score[0]));
    }

    @Override
    public double truth(Encoded labels, int i, Object raw) {
        return ((Encoded.Floats) labels).values()[i];
    }

    @Override
    public double decisionProbability(float[] score, int j) {
        return score[0];
    }

    @Override
    public boolean happened(float[] score, double truth, float[] members, int j) {
        return truth > 0.5;
    }

    @Override
    public int predictedClass(float[] score, FeatureConfig feature) {
        return score[0] >= feature.decisionThreshold() ? 1 : 0;
    }
}
