package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.config.ModelConfig;
import dev.pql.data.Table;
import dev.pql.features.NumberProcessor;
import java.util.ArrayList;
import java.util.List;

/**
 * What training does quietly to odd values, said out loud: NaN, infinities and text in number
 * features become missing values, and number targets that are NaN or infinite leave their rows
 * out. Each becomes a note (a warning of the statement, kept with the version), with a count.
 */
final class TrainingDataNotes {
    private TrainingDataNotes() {
    }

    /** The notes about {@code table} (all rows read) and {@code rows} (the rows training uses). */
    static List<String> of(ModelConfig config, Table table, Table rows) {
        List<String> notes = new ArrayList<>();
        FeatureConfig target = config.outputFeatures().get(0);
        if (target.type() == FeatureType.NUMBER) {
            int dropped = NumberProcessor.countNonFinite(table.column(table.indexOf(target.column())));
            if (dropped > 0) {
                notes.add("Target '" + target.name() + "' had " + dropped + " NaN or infinite value" + plural(dropped)
                        + "; those rows were left out, as rows without a target are (nothing to learn from).");
            }
        }
        for (FeatureConfig f : config.inputFeatures()) {
            if (f.type() != FeatureType.NUMBER) {
                continue;
            }
            List<Object> values = rows.column(rows.indexOf(f.column()));
            String nonFinite = NumberProcessor.nonFiniteWarning(f, NumberProcessor.countNonFinite(values),
                    "the training data");
            if (nonFinite != null) {
                notes.add(nonFinite);
            }
            List<Object> text = NumberProcessor.unreadable(values);
            if (!text.isEmpty()) {
                notes.add("Feature '" + f.name() + "' had " + text.size() + " value" + plural(text.size())
                        + " that are not numbers (such as '" + text.get(0) + "') in the training data; treated as "
                        + "missing. Clean the column, or give the feature another type.");
            }
        }
        return notes;
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
