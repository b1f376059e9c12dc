package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
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
 *
 * <p>What each output type answers in these columns is its {@link FeatureKind}'s (for sets, {@link SetKind}).
 *
 * <p>One instance per PREDICT target: a model with several output features answers each target
 * named, in the order named. With several targets, WITH PROBABILITIES leaves number outputs out
 * (they have no classes) instead of failing.
 */
final class PredictionColumns {
    /** The model as it answers for this target. */
    private final LoadedModel model;
    private final FeatureConfig feature;
    private final FeatureKind kind;
    private final String name;
    private final boolean confidence;
    private final List<Integer> probabilityIndexes = new ArrayList<>();
    private final List<String> probabilityLabels = new ArrayList<>();
    private final boolean explanation;
    /** The prediction's own column: {@code <t>}, or {@code <t>_predicted} when GIVEN already has {@code <t>}. */
    private String valueColumn;

    /** The columns of every target of {@code p}, in the order named. */
    static List<PredictionColumns> of(LoadedModel model, Ast.Predict p) {
        List<PredictionColumns> all = new ArrayList<>();
        for (int i = 0; i < p.targets().size(); i++) {
            all.add(new PredictionColumns(model, p, i));
        }
        return all;
    }

    private PredictionColumns(LoadedModel whole, Ast.Predict p, int target) {
        model = whole.output(p.targets().get(target).name().text());
        feature = model.head().feature();
        kind = FeatureKinds.of(feature.type());
        name = p.targets().get(target).columnName();
        boolean classes = kind.labels(model.head()) != null;
        confidence = p.withConfidence() && classes;
        explanation = p.withExplanation();
        valueColumn = name;
        if (p.withProbabilities() && (classes || p.targets().size() == 1)) {
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
                                + model.name() + " does not predict; its " + kind.labelsNoun() + " are " + String.join(", ", labels) + "."
                                + Suggestions.didYouMean(label, labels));
                    }
                    probabilityIndexes.add(i);
                    probabilityLabels.add(labels.get(i));
                }
            }
        }
    }

    /** The classes probabilities are reported for: category labels, set members, or false/true for binary outputs. */
    private List<String> labels(LoadedModel model) {
        List<String> labels = kind.labels(model.head());
        if (labels == null) {
            throw new PqlException(ErrorCode.INVALID_DATA, "WITH PROBABILITIES needs a category, binary or "
                    + "set output; '" + feature.name() + "' is a " + feature.type().ludwigName() + ".");
        }
        return labels;
    }

    private static int indexOf(List<String> labels, String label) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equalsIgnoreCase(label)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Renames the prediction column when a GIVEN column has its name (EVALUATE-style queries select the
     * true target too): duplicate names break SQL around PREDICT and many BI tools. Returns a warning or null.
     */
    String avoidClashWith(List<String> givenColumns) {
        for (String g : givenColumns) {
            if (g.equalsIgnoreCase(name)) {
                valueColumn = name + "_predicted";
                return "GIVEN has a column named '" + g + "'; the prediction is in '" + valueColumn + "'.";
            }
        }
        return null;
    }

    boolean explanation() {
        return explanation;
    }

    /** The model as it answers for this target: its {@link LoadedModel#outputIndex()} picks the scores. */
    LoadedModel model() {
        return model;
    }

    static String name(String column, boolean upperCase) {
        return upperCase ? column.toUpperCase(java.util.Locale.ROOT) : column;
    }

    void addTo(SimpleResultSet rs, boolean upperCase) {
        java.util.function.UnaryOperator<String> n = c -> name(c, upperCase);
        kind.addValueColumn(rs, n.apply(valueColumn));
        if (confidence) {
            rs.addColumn(n.apply(name + "_probability"), Types.DOUBLE, 17, 0);
        }
        for (String label : probabilityLabels) {
            rs.addColumn(n.apply(name + "_probabilities_" + label), Types.DOUBLE, 17, 0);
        }
        if (explanation) {
            rs.addColumn(n.apply(name + "_explanation"), Types.VARCHAR, Integer.MAX_VALUE, 0);
        }
    }

    /** The appended values for one row's scores (and its explanation JSON, or null). */
    void append(List<Object> row, float[] score, String explanationJson) {
        kind.append(row, score, model.head(), confidence, probabilityIndexes);
        if (explanation) {
            row.add(explanationJson);
        }
    }
}
