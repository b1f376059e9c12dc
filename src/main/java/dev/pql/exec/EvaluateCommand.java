package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.data.Table;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import dev.pql.parse.Ast;
import dev.pql.registry.LoadedModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EVALUATE: scores the GIVEN rows and compares with their true targets. Every metric of the output
 * type comes back as a row, overall and, with GROUP BY, per slice (with the slice's row count), so
 * the worst slices are one ORDER BY away. A model with several output features reports every
 * output's metrics, each under its own {@code target}, on the rows that have that target.
 */
final class EvaluateCommand {
    private final Session session;

    EvaluateCommand(Session session) {
        this.session = session;
    }

    ExecResult run(Ast.Evaluate e) {
        LoadedModel model = session.models().load(e.model().text(), e.version());
        ImageFolders.requireConfined(session, model.config());
        Table table = Table.read(session.sql().query(e.given().sql(), e.given().position()));
        int[] sliceColumns = sliceColumns(table, e.groupBy());
        Rows out = new Rows().text("model").integer("version").text("target").text("slice").text("metric").number("value");
        java.util.Set<String> warnings = new java.util.LinkedHashSet<>();
        for (var head : model.heads()) {
            ScoredRows scored = new ScoredRows(model.output(head.feature().name()), table, e.given().position());
            add(out, scored, "overall", scored.all());
            for (Map.Entry<String, List<Integer>> slice : slices(scored, sliceColumns, e.groupBy()).entrySet()) {
                add(out, scored, slice.getKey(), slice.getValue().stream().mapToInt(Integer::intValue).toArray());
            }
            warnings.addAll(scored.warnings); // the same missing input is named once, not once per target
        }
        return ExecResult.rows(out.build(), new ArrayList<>(warnings));
    }

    private static void add(Rows out, ScoredRows s, String slice, int[] subset) {
        FeatureConfig target = s.model.head().feature();
        Map<String, Double> metrics = s.metrics(subset);
        out.add(s.model.name(), s.model.version(), target.name(), slice, "row_count", (double) subset.length);
        // No rows, no measurement: every metric is NULL (not the 0.0 an empty average would give).
        metrics.forEach((k, v) -> out.add(s.model.name(), s.model.version(), target.name(), slice, k,
                subset.length == 0 ? null : v));
    }

    private static int[] sliceColumns(Table table, List<Ast.Name> groupBy) {
        int[] columns = new int[groupBy.size()];
        for (int i = 0; i < columns.length; i++) {
            Ast.Name n = groupBy.get(i);
            columns[i] = table.indexOf(n.text());
            if (columns[i] < 0) {
                throw new PqlException(ErrorCode.COLUMN_NOT_FOUND, "GROUP BY column '" + n.text() + "' (at " + n.position()
                        + ") is not in the GIVEN rows; they have " + String.join(", ", table.columns()) + "."
                        + Suggestions.didYouMean(n.text(), table.columns()), n.position().toError());
            }
        }
        return columns;
    }

    /** Row indexes per slice label {@code col=value[, col=value]}, in order of first appearance. */
    private static Map<String, List<Integer>> slices(ScoredRows s, int[] columns, List<Ast.Name> names) {
        Map<String, List<Integer>> slices = new LinkedHashMap<>();
        if (columns.length == 0) {
            return slices;
        }
        for (int r = 0; r < s.rows.size(); r++) {
            StringBuilder label = new StringBuilder();
            for (int i = 0; i < columns.length; i++) {
                label.append(i == 0 ? "" : ", ").append(names.get(i).text()).append('=').append(s.rows.value(r, columns[i]));
            }
            slices.computeIfAbsent(label.toString(), k -> new ArrayList<>()).add(r);
        }
        return slices;
    }
}
