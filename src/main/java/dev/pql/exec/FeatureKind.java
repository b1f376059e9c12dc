package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.error.PqlException;
import dev.pql.features.Encoded;
import dev.pql.model.OutputHead;
import dev.pql.registry.LoadedModel;
import java.util.List;
import org.h2.tools.SimpleResultSet;

/**
 * What statement execution knows about one output feature type: PREDICT's columns and values, how
 * true values are read for EVALUATE and the diagnostics, what an explanation tracks, and which
 * diagnostics apply. One class per type ({@link BinaryKind}, {@link NumberKind}, {@link CategoryKind},
 * {@link SetKind}), registered in {@link FeatureKinds}. The lower stages' parts of the same type
 * are {@link dev.pql.train.OutputKind} (metrics, calibration, ensembles, gbm) and
 * {@link dev.pql.model.HeadKind} (logits, loss, activation), and its processor is registered in
 * {@link dev.pql.features.Processors}.
 */
interface FeatureKind {
    /** The diagnostics that some output types cannot show. */
    enum Diagnostic {
        CONFUSION_MATRIX("SHOW CONFUSION MATRIX"), CALIBRATION("SHOW CALIBRATION"), ROC("SHOW ROC");

        final String statement;

        Diagnostic(String statement) {
            this.statement = statement;
        }
    }

    FeatureType type();

    /** Adds PREDICT's value column {@code <t>} with the type's SQL type. */
    void addValueColumn(SimpleResultSet rs, String column);

    /**
     * The classes WITH PROBABILITIES reports and SHOW CONFUSION MATRIX counts (category labels, set
     * members, false/true); null for a type without classes (number: no confidence, no probabilities).
     */
    List<String> labels(OutputHead head);

    /** What the labels are called in errors. */
    default String labelsNoun() {
        return "classes";
    }

    /**
     * Appends PREDICT's values for one row's scores: the prediction, its confidence when asked, and the
     * probability of each label in {@code probabilityIndexes} (indexes into {@link #labels}).
     */
    void append(List<Object> row, float[] score, OutputHead head, boolean confidence, List<Integer> probabilityIndexes);

    /** Row {@code i}'s true value as metrics compare it: class index, 0/1, the number on the data's scale; NaN for sets. */
    double truth(Encoded labels, int i, Object raw);

    /** Set outputs: the true members per row, multi-hot over the vocabulary; null for other types. */
    default float[][] members(Encoded labels) {
        return null;
    }

    /** The yes/no decisions per row that calibration and ROC count (set: one per member). */
    default int decisions(OutputHead head) {
        return 1;
    }

    /** The probability of a row's decision {@code j}. */
    double decisionProbability(float[] score, int j);

    /** Whether a row's decision {@code j} came true (members: the row's true members, for sets). */
    boolean happened(float[] score, double truth, float[] members, int j);

    /** The predicted class of a row, an index into {@link #labels} (types with a single class per row). */
    default int predictedClass(float[] score, FeatureConfig feature) {
        return dev.pql.train.Metrics.argmax(score);
    }

    /** What an explanation measures for a row (scores with some inputs left out), given its scores with all inputs. */
    default double tracked(FeatureConfig feature, float[] score, float[] withAllInputs) {
        return score[0];
    }

    /** The error when a model of this output type cannot show {@code d}; null when it can. */
    default PqlException refuse(Diagnostic d, LoadedModel model) {
        return null;
    }
}
