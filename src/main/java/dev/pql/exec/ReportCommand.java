package dev.pql.exec;

import dev.pql.config.ConfigMapper;
import dev.pql.config.ConfigPaths;
import dev.pql.config.FeatureConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import dev.pql.registry.DriftHistory;
import dev.pql.registry.LoadedModel;
import dev.pql.registry.ModelStore;
import dev.pql.registry.VersionInfo;
import dev.pql.train.Calibration;
import dev.pql.train.EpochLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * EXPORT REPORT m [VERSION n] TO 'file.html': a model card in one self-contained HTML file (inline
 * CSS and SVG, no script, nothing fetched): the config and its diff to the previous version, data
 * provenance, metrics per split, learning curves, calibration, confusion matrix, feature importance
 * and the latest drift check. A section whose data cannot be had (the training query no longer
 * runs, say) says why instead of failing the report. The file is written beside its place and
 * renamed into it, so a failure leaves nothing half written; an existing file is not replaced.
 */
final class ReportCommand {
    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}"
            + "pre{background:#f6f6f6;padding:.5em;overflow:auto}h2{border-bottom:1px solid #ddd}";
    private final Session session;
    private final List<String> warnings = new ArrayList<>();

    ReportCommand(Session session) {
        this.session = session;
    }

    ExecResult run(Ast.ExportReport r) {
        ModelStore store = session.models();
        LoadedModel model = store.load(r.model().text(), r.version());
        Path target = Path.of(r.file()).toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new PqlException(ErrorCode.STORE_ERROR, "Cannot write the report to '" + r.file() + "': it already "
                    + "exists. Name a new file, or delete the old report first.");
        }
        byte[] html = card(model).getBytes(StandardCharsets.UTF_8);
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + java.util.UUID.randomUUID());
        try {
            Files.write(tmp, html);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file's name starts with '.', and it is never read
            }
            throw new PqlException(ErrorCode.STORE_ERROR, "Cannot write the report to '" + r.file() + "': " + e.getMessage()
                    + ". Check that the folder exists and is writable.", e);
        }
        return ExecResult.rows(new Rows().text("model").integer("version").text("file").integer("bytes")
                .add(model.name(), model.version(), target.toString(), html.length).build(), warnings);
    }

    private String card(LoadedModel m) {
        VersionInfo info = m.info();
        FeatureConfig target = m.head().feature();
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>")
                .append(Html.escape(m.name() + " version " + m.version())).append("</title><style>").append(STYLE)
                .append("</style></head><body>");
        out.append("<h1>Model card: ").append(Html.escape(m.name())).append(" version ").append(m.version()).append("</h1>");
        out.append("<p>Predicts <b>").append(Html.escape(target.name())).append("</b> (").append(target.type().ludwigName())
                .append(") from ").append(Html.escape(String.join(", ", m.config().inputFeatures().stream()
                        .map(FeatureConfig::name).toList()))).append("; model_type ").append(Html.escape(m.config().modelType()))
                .append(". Trained ").append(Html.escape(info.createdAt())).append(" by ").append(Html.escape(info.createdBy()))
                .append(".</p>");
        section(out, "Metrics per split", () -> metrics(info.metrics()));
        section(out, "Learning curves", () -> curves(session.models().trainingLog(m.name(), m.version())));
        if (dev.pql.train.OutputKinds.of(target.type()).classes()) {
            section(out, "Calibration", () -> calibration(m));
            section(out, "Confusion matrix (test split)", () -> confusion(m));
        }
        section(out, "Feature importance (test split)", () -> importance(m));
        section(out, "Drift", () -> drift(m));
        section(out, "Config", () -> "<pre>" + Html.escape(ConfigMapper.toYaml(m.config())) + "</pre>" + diff(m));
        section(out, "Data provenance", () -> provenance(info));
        return out.append("<p><small>Written by PQL's EXPORT REPORT; self-contained, opens offline.</small></p>")
                .append("</body></html>\n").toString();
    }

    private interface Part {
        String html() throws Exception;
    }

    private void section(StringBuilder out, String title, Part part) {
        out.append("<h2>").append(Html.escape(title)).append("</h2>");
        try {
            out.append(part.html());
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            out.append("<p>Not available: ").append(Html.escape(why)).append("</p>");
            warnings.add("The report's " + title + " section is not available: " + why);
        }
    }

    private static String metrics(Map<String, Map<String, Double>> metrics) {
        Rows rows = new Rows().text("split").text("metric").number("value");
        metrics.forEach((split, values) -> values.forEach((k, v) -> rows.add(split, k, v)));
        try {
            return Html.table(rows.build());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String curves(List<EpochLog> log) {
        List<EpochLog> first = log.stream().filter(e -> e.foldOrFirst() == 1).toList();
        if (first.isEmpty()) {
            return "<p>No training log.</p>";
        }
        double[] x = first.stream().mapToDouble(EpochLog::epoch).toArray();
        String chart = Svg.lines("Loss per epoch", List.of(
                new Svg.Series("training loss", x, first.stream().mapToDouble(EpochLog::trainLoss).toArray()),
                new Svg.Series("validation loss", x, first.stream().mapToDouble(EpochLog::validationLoss).toArray())));
        boolean folds = log.stream().anyMatch(e -> e.foldOrFirst() > 1);
        return chart + (folds ? "<p>Fold 1 of a k-fold training; pql.training_log has every fold.</p>" : "");
    }

    private String calibration(LoadedModel m) throws SQLException {
        Calibration c = m.calibration();
        StringBuilder out = new StringBuilder();
        if (c == null) {
            out.append("<p>This version is not calibrated (calibration: none, too few held-out rows, or saved before "
                    + "calibration existed).</p>");
        } else {
            out.append(Calibration.ISOTONIC.equals(c.method()) ? "<p>Isotonic regression" : "<p>Temperature scaling, T = "
                    + Svg.fmt(c.temperature())).append(", fitted on ")
                    .append(c.rows()).append(' ').append(Html.escape(c.fittedOn().replace('_', '-'))).append(" rows: ECE ")
                    .append(Svg.fmt(c.before().get("ece"))).append(" → ").append(Svg.fmt(c.after().get("ece")))
                    .append(", log loss ").append(Svg.fmt(c.before().get("log_loss"))).append(" → ")
                    .append(Svg.fmt(c.after().get("log_loss")))
                    .append(Calibration.ISOTONIC.equals(c.method()) ? ".</p>" : ". Predictions are unchanged.</p>");
        }
        ExecResult r = new DiagnosticsCommand(session).calibration(new Ast.ShowCalibration(name(m), m.version(), null));
        List<Double> px = new ArrayList<>();
        List<Double> py = new ArrayList<>();
        List<Double> bx = new ArrayList<>();
        List<Double> by = new ArrayList<>();
        try (ResultSet rs = r.resultSet()) {
            while (rs.next()) {
                if (rs.getInt("rows") > 0) {
                    px.add(rs.getDouble("mean_predicted"));
                    py.add(rs.getDouble("observed"));
                }
                if (rs.getInt("rows_before") > 0) {
                    bx.add(rs.getDouble("mean_predicted_before"));
                    by.add(rs.getDouble("observed_before"));
                }
            }
        }
        return out.append(Svg.reliability("Reliability diagram (test split)", List.of(
                new Svg.Series("calibrated", array(px), array(py)), new Svg.Series("before calibration", array(bx), array(by)))))
                .toString();
    }

    private String confusion(LoadedModel m) throws SQLException {
        ExecResult r = new DiagnosticsCommand(session).confusionMatrix(new Ast.ShowConfusionMatrix(name(m), m.version(), null));
        List<String[]> cells = new ArrayList<>();
        long max = 1;
        try (ResultSet rs = r.resultSet()) {
            while (rs.next()) {
                cells.add(new String[] {rs.getString(1), rs.getString(2), String.valueOf(rs.getInt(3))});
                max = Math.max(max, rs.getInt(3));
            }
        }
        List<String> labels = cells.stream().flatMap(c -> java.util.stream.Stream.of(c[0], c[1])).distinct().sorted().toList();
        StringBuilder out = new StringBuilder("<table><tr><th>actual \\ predicted</th>");
        labels.forEach(l -> out.append("<th>").append(Html.escape(l)).append("</th>"));
        out.append("</tr>");
        for (String actual : labels) {
            out.append("<tr><th>").append(Html.escape(actual)).append("</th>");
            for (String predicted : labels) {
                long n = cells.stream().filter(c -> c[0].equals(actual) && c[1].equals(predicted))
                        .mapToLong(c -> Long.parseLong(c[2])).sum();
                double shade = 0.08 + 0.8 * n / max;
                out.append("<td style=\"background:rgba(31,78,121,").append(Svg.fmt(shade)).append(");color:")
                        .append(shade > 0.5 ? "#fff" : "#000").append("\">").append(n).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</table>").toString();
    }

    private String importance(LoadedModel m) throws SQLException {
        ExecResult r = new DiagnosticsCommand(session).featureImportance(new Ast.ShowFeatureImportance(name(m), m.version(), null));
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        try (ResultSet rs = r.resultSet()) {
            while (rs.next()) {
                labels.add(rs.getString("feature"));
                values.add(rs.getDouble("importance"));
            }
        }
        return Svg.bars("Mean absolute occlusion weight", labels, array(values), null);
    }

    private String drift(LoadedModel m) {
        List<DriftHistory.Entry> all = session.models().driftHistory().stream()
                .filter(e -> e.model().equals(m.name()) && e.version() == m.version()).toList();
        if (all.isEmpty()) {
            return "<p>No drift check yet: <code>SHOW DRIFT " + Html.escape(m.name()) + " GIVEN SELECT ...</code> "
                    + "compares new rows with the training distribution" + (m.profile() == null
                    ? " (this version was saved before PQL kept it: RETRAIN first)" : "") + ".</p>";
        }
        String last = all.get(all.size() - 1).checkedAt();
        List<DriftHistory.Entry> latest = all.stream().filter(e -> e.checkedAt().equals(last)).toList();
        List<String> labels = latest.stream().map(e -> e.feature() + (e.drifted() ? " (drifted)" : "")).toList();
        double[] values = latest.stream().mapToDouble(DriftHistory.Entry::value).toArray();
        double[] thresholds = latest.stream().mapToDouble(DriftHistory.Entry::threshold).toArray();
        return "<p>The latest of " + all.stream().map(DriftHistory.Entry::checkedAt).distinct().count() + " check(s), "
                + Html.escape(last) + ", on " + latest.get(0).rows() + " rows (PSI for numbers and categories, OOV-rate "
                + "change for text; the mark is the threshold).</p>" + Svg.bars("Drift per feature", labels, values, thresholds);
    }

    private String diff(LoadedModel m) {
        List<Integer> versions = session.models().versions(m.name());
        int previous = versions.stream().filter(v -> v < m.version()).mapToInt(Integer::intValue).max().orElse(-1);
        if (previous < 0) {
            return "<p>The first version: no previous config to compare with.</p>";
        }
        List<String[]> d = ConfigPaths.diff(ConfigPaths.flatten(session.models().config(m.name(), previous)),
                ConfigPaths.flatten(m.config()));
        if (d.isEmpty()) {
            return "<p>Same config as version " + previous + ".</p>";
        }
        StringBuilder out = new StringBuilder("<p>Changes from version ").append(previous).append(":</p><table><tr>"
                + "<th>path</th><th>version ").append(previous).append("</th><th>version ").append(m.version()).append("</th></tr>");
        for (String[] row : d) {
            out.append("<tr><td>").append(Html.escape(row[0])).append("</td><td>").append(Html.escape(row[1]))
                    .append("</td><td>").append(Html.escape(row[2])).append("</td></tr>");
        }
        return out.append("</table>").toString();
    }

    private static String provenance(VersionInfo i) {
        StringBuilder out = new StringBuilder("<table>");
        row(out, "statement", i.statement());
        row(out, "source query", i.sourceSql());
        row(out, "rows", i.rows() + (i.splitRows() == null ? "" : " " + i.splitRows()));
        row(out, "data SHA-256", i.dataSha256());
        row(out, "training seconds", Svg.fmt(i.trainingSeconds()));
        row(out, "best epoch", String.valueOf(i.bestEpoch()));
        row(out, "engine", String.valueOf(i.engine()));
        if (i.notes() != null && !i.notes().isEmpty()) {
            row(out, "notes", String.join("\n", i.notes()));
        }
        return out.append("</table>").toString();
    }

    private static void row(StringBuilder out, String key, String value) {
        out.append("<tr><th>").append(Html.escape(key)).append("</th><td>").append(Html.escape(value)).append("</td></tr>");
    }

    private static Ast.Name name(LoadedModel m) {
        return new Ast.Name(m.name(), false, new Ast.Position(1, 1));
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
