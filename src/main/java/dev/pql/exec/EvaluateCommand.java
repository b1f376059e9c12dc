package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.data.Table;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import dev.pql.features.FeatureProcessor;
import dev.pql.parse.Ast;
import dev.pql.registry.LoadedModel;
import dev.pql.train.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** EVALUATE: scores the GIVEN rows and compares with their true targets; metrics as rows. */
final class EvaluateCommand {
    private final Engine engine;

    EvaluateCommand(Engine engine) {
        this.engine = engine;
    }

    ExecResult run(Ast.Evaluate e) {
        LoadedModel model = engine.models().load(e.model().text(), e.version());
        Table table = Table.read(engine.sql().query(e.given().sql(), e.given().position()));
        FeatureConfig target = model.head().feature();
        int targetColumn = table.indexOf(target.column()) >= 0 ? table.indexOf(target.column()) : table.indexOf(target.name());
        if (targetColumn < 0) {
            throw new PqlException(ErrorCode.COLUMN_NOT_FOUND, "EVALUATE needs the true '" + target.name()
                    + "' in the GIVEN rows (at " + e.given().position() + "); the query has " + String.join(", ", table.columns())
                    + "." + Suggestions.didYouMean(target.column(), table.columns()));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : table.rows()) {
            if (!FeatureProcessor.missing(row[targetColumn])) {
                rows.add(row);
            }
        }
        List<String> warnings = new ArrayList<>();
        List<List<Object>> columns = new ArrayList<>();
        for (FeatureConfig f : model.config().inputFeatures()) {
            int c = table.indexOf(f.column()) >= 0 ? table.indexOf(f.column()) : table.indexOf(f.name());
            if (c < 0) {
                warnings.add("GIVEN has no column for feature " + f.name() + "; filled by its missing-value strategy.");
            }
            List<Object> values = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                values.add(c < 0 ? null : row[c]);
            }
            columns.add(values);
        }
        float[][] scores = rows.isEmpty() ? new float[0][] : model.score(columns);
        List<Object> raw = CreateModelCommand.column(rows, targetColumn);
        double[] truth = Truth.of(target, model.head().processor().encode(raw), raw);
        Map<String, Double> metrics = Metrics.compute(target.type(), scores, truth,
                target.threshold() == null ? 0.5 : target.threshold());
        Rows out = new Rows().text("model").integer("version").text("target").text("slice").text("metric").number("value");
        out.add(model.name(), model.version(), target.name(), "overall", "row_count", (double) rows.size());
        metrics.forEach((k, v) -> out.add(model.name(), model.version(), target.name(), "overall", k, v));
        return ExecResult.rows(out.build(), warnings);
    }
}
