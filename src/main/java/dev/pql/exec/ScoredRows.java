package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.data.Table;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import dev.pql.features.Encoded;
import dev.pql.features.FeatureProcessor;
import dev.pql.parse.Ast;
import dev.pql.registry.LoadedModel;
import dev.pql.train.OutputKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GIVEN rows that carry the true target, scored by a model: what EVALUATE and the diagnostics
 * compare. Rows without a target value are left out; missing feature columns are filled (with a
 * warning) as PREDICT fills them. A set output's truth is {@link #members}; its {@link #truth} is NaN.
 */
final class ScoredRows {
    final LoadedModel model;
    final Table table;
    /** The GIVEN rows with a target value: a view over the table's columns. */
    final Table rows;
    final List<List<Object>> columns = new ArrayList<>();
    final float[][] scores;
    /** The scores before the version's calibration (the same array when it has none): SHOW CALIBRATION's "before". */
    final float[][] uncalibrated;
    final double[] truth;
    /** Set outputs: the true members per row, multi-hot over the vocabulary; null for other types. */
    final float[][] members;
    final List<String> warnings = new ArrayList<>();
    /** The target's encoded labels, as the train stage's metrics read them. */
    private final Encoded labels;

    ScoredRows(LoadedModel model, Table table, Ast.Position at) {
        this.model = model;
        this.table = table;
        FeatureConfig target = model.head().feature();
        int targetColumn = column(table, target);
        if (targetColumn < 0) {
            throw new PqlException(ErrorCode.COLUMN_NOT_FOUND, "The GIVEN rows need the true '" + target.name()
                    + "' to compare with (at " + at + "); the query has " + String.join(", ", table.columns()) + "."
                    + Suggestions.didYouMean(target.column(), table.columns()));
        }
        rows = table.where(r -> !FeatureProcessor.missing(table.value(r, targetColumn)));
        columns.addAll(featureColumns(model, rows, warnings));
        uncalibrated = rows.size() == 0 ? new float[0][] : model.scoreUncalibrated(columns);
        scores = model.calibrate(uncalibrated);
        List<Object> raw = rows.column(targetColumn);
        Encoded labels = model.head().processor().encode(raw);
        truth = Truth.of(target, labels, raw);
        members = FeatureKinds.of(target.type()).members(labels);
        this.labels = labels;
    }

    /** Every metric of the output type over some rows (EVALUATE's rows, without row_count). */
    Map<String, Double> metrics(int[] subset) {
        FeatureConfig target = model.head().feature();
        return OutputKinds.of(target.type()).metrics(scores(subset), labels, truth, subset, target.decisionThreshold());
    }

    /** Each input feature's values for {@code rows}; a feature without a column gets nulls and a warning. */
    static List<List<Object>> featureColumns(LoadedModel model, Table rows, List<String> warnings) {
        List<List<Object>> columns = new ArrayList<>();
        for (FeatureConfig f : model.config().inputFeatures()) {
            int c = column(rows, f);
            if (c < 0) {
                warnings.add("GIVEN has no column for feature " + f.name() + "; filled by its missing-value strategy.");
            }
            List<Object> values = c < 0 ? java.util.Collections.nCopies(rows.size(), null) : rows.column(c);
            if (f.type() == FeatureType.NUMBER) {
                String w = dev.pql.features.NumberProcessor.nonFiniteWarning(f,
                        dev.pql.features.NumberProcessor.countNonFinite(values), "the GIVEN rows");
                if (w != null) {
                    warnings.add(w);
                }
            }
            columns.add(values);
        }
        return columns;
    }

    /** A feature's column in the table: by its data column, else by its name; -1 when absent. */
    static int column(Table table, FeatureConfig f) {
        int c = table.indexOf(f.column());
        return c >= 0 ? c : table.indexOf(f.name());
    }

    /** The scores of some rows. */
    float[][] scores(int[] subset) {
        float[][] out = new float[subset.length][];
        for (int i = 0; i < subset.length; i++) {
            out[i] = scores[subset[i]];
        }
        return out;
    }

    int[] all() {
        int[] all = new int[rows.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }
}
