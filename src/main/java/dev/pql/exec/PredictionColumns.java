package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import dev.pql.features.CategoryProcessor;
import dev.pql.parse.Ast;
import dev.pql.registry.LoadedModel;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.h2.tools.SimpleResultSet;

/**
 * The columns PREDICT appends after the GIVEN columns, with Ludwig's names: {@code <t>},
 * {@code <t>_probability} (confidence of the predicted class; for binary outputs the probability
 * of true), {@code <t>_probabilities_<class>} and {@code <t>_explanation}. Names and types are
 * fixed per output type and documented in docs/language.md.
 */
final class PredictionColumns {
    private final FeatureConfig feature;
    private final String name;
    private final boolean confidence;
    private final List<Integer> probabilityIndexes = new ArrayList<>();
    private final List<String> probabilityLabels = new ArrayList<>();
    private final boolean explanation;

    PredictionColumns(LoadedModel model, Ast.Predict p) {
        feature = model.head().feature();
        name = p.targets().get(0).columnName();
        confidence = p.withConfidence() && feature.type() != FeatureType.NUMBER;
        explanation = p.withExplanation();
        if (p.withProbabilities()) {
            List<String> labels = labels(model);
            if (p.probabilitiesOf().isEmpty()) {
                for (int i = 0; i < labels.size(); i++) {
                    probabilityIndexes.add(i);
                    probabilityLabels.add(labels.get(i));
                }
            } else {
                for (Object of : p.probabilitiesOf()) {
                    String label = String.valueOf(of);
                    int i = indexOf(labels, label);
                    if (i < 0) {
                        throw new PqlException(ErrorCode.INVALID_DATA, "PROBABILITIES OF names '" + label + "', which "
                                + model.name() + " does not predict; its classes are " + String.join(", ", labels) + "."
                                + Suggestions.didYouMean(label, labels));
                    }
                    probabilityIndexes.add(i);
                    probabilityLabels.add(labels.get(i));
                }
            }
        }
    }

    /** The classes probabilities are reported for: category labels, or false/true for binary outputs. */
    private List<String> labels(LoadedModel model) {
        return switch (feature.type()) {
            case CATEGORY -> ((CategoryProcessor) model.head().processor()).labels();
            case BINARY -> List.of("false", "true");
            default -> throw new PqlException(ErrorCode.INVALID_DATA, "WITH PROBABILITIES needs a category or binary "
                    + "output; '" + feature.name() + "' is a " + feature.type().ludwigName() + ".");
        };
    }

    private static int indexOf(List<String> labels, String label) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equalsIgnoreCase(label)) {
                return i;
            }
        }
        return -1;
    }

    boolean explanation() {
        return explanation;
    }

    void addTo(SimpleResultSet rs) {
        switch (feature.type()) {
            case CATEGORY -> rs.addColumn(name, Types.VARCHAR, Integer.MAX_VALUE, 0);
            case BINARY -> rs.addColumn(name, Types.BOOLEAN, 1, 0);
            default -> rs.addColumn(name, Types.DOUBLE, 17, 0);
        }
        if (confidence) {
            rs.addColumn(name + "_probability", Types.DOUBLE, 17, 0);
        }
        for (String label : probabilityLabels) {
            rs.addColumn(name + "_probabilities_" + label, Types.DOUBLE, 17, 0);
        }
        if (explanation) {
            rs.addColumn(name + "_explanation", Types.VARCHAR, Integer.MAX_VALUE, 0);
        }
    }

    /** The appended values for one row's scores (and its explanation JSON, or null). */
    void append(List<Object> row, float[] score, LoadedModel model, String explanationJson) {
        switch (feature.type()) {
            case CATEGORY -> {
                int best = Scores.argmax(score);
                row.add(((CategoryProcessor) model.head().processor()).labelAt(best));
                if (confidence) {
                    row.add((double) score[best]);
                }
                probabilityIndexes.forEach(i -> row.add((double) score[i]));
            }
            case BINARY -> {
                double threshold = feature.threshold() == null ? 0.5 : feature.threshold();
                row.add(score[0] >= threshold);
                if (confidence) {
                    row.add((double) score[0]);
                }
                probabilityIndexes.forEach(i -> row.add(i == 1 ? (double) score[0] : 1.0 - score[0]));
            }
            default -> row.add((double) score[0]);
        }
        if (explanation) {
            row.add(explanationJson);
        }
    }
}
