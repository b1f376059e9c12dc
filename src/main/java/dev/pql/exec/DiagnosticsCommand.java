package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.data.Split;
import dev.pql.data.Table;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import dev.pql.registry.LoadedModel;
import dev.pql.registry.VersionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHOW CONFUSION MATRIX, SHOW CALIBRATION / ROC and SHOW FEATURE IMPORTANCE, as rows a BI tool can
 * chart. Without GIVEN they use the version's own test split: its training query re-read and split
 * again with the stored seed (so they reflect today's data in that query).
 */
final class DiagnosticsCommand {
    static final int BINS = 10;
    private final Session session;

    DiagnosticsCommand(Session session) {
        this.session = session;
    }

    ExecResult confusionMatrix(Ast.ShowConfusionMatrix m) {
        ScoredRows s = scored(m.model(), m.version(), m.given());
        FeatureKind kind = refuseUnless(FeatureKind.Diagnostic.CONFUSION_MATRIX, s.model);
        List<String> labels = kind.labels(s.model.head());
        FeatureConfig target = s.model.head().feature();
        Map<String, Long> counts = new TreeMap<>();
        for (int r = 0; r < s.scores.length; r++) {
            String actual = s.truth[r] < 0 ? "<unseen>" : labels.get((int) s.truth[r]);
            String predicted = labels.get(kind.predictedClass(s.scores[r], target));
            counts.merge(actual + "\u0000" + predicted, 1L, Long::sum);
        }
        Rows out = new Rows().text("actual").text("predicted").integer("count");
        counts.forEach((k, v) -> out.add(k.substring(0, k.indexOf('\u0000')), k.substring(k.indexOf('\u0000') + 1), v.intValue()));
        return ExecResult.rows(out.build(), s.warnings);
    }

    /** SHOW ROC: the ROC curve's points at thresholds 0.00 to 1.00. */
    ExecResult roc(Ast.ShowRoc c) {
        ScoredRows s = scored(c.model(), c.version(), c.given());
        refuseUnless(FeatureKind.Diagnostic.ROC, s.model);
        return ExecResult.rows(roc(Outcomes.of(s)), s.warnings);
    }

    ExecResult calibration(Ast.ShowCalibration c) {
        ScoredRows s = scored(c.model(), c.version(), c.given());
        refuseUnless(FeatureKind.Diagnostic.CALIBRATION, s.model);
        // Binary: predicted probability of true vs share of true. Category: confidence vs accuracy.
        // Set: each member's probability vs the share of rows that have it. "after" is what PREDICT
        // answers (calibrated when the version is); the _before columns are the model's raw scores.
        Bins after = Bins.of(Outcomes.of(s));
        Bins before = Bins.of(Outcomes.of(s, s.uncalibrated));
        Rows out = new Rows().integer("bin").number("lower").number("upper").integer("rows")
                .number("mean_predicted").number("observed").integer("rows_before").number("mean_predicted_before")
                .number("observed_before");
        for (int b = 0; b < BINS; b++) {
            out.add(b + 1, b / (double) BINS, (b + 1) / (double) BINS, (int) after.rows[b], after.predicted(b),
                    after.observed(b), (int) before.rows[b], before.predicted(b), before.observed(b));
        }
        List<String> warnings = new ArrayList<>(s.warnings);
        dev.pql.train.Calibration cal = s.model.calibration();
        if (cal != null) {
            String how = dev.pql.train.Calibration.ISOTONIC.equals(cal.method()) ? "isotonic regression"
                    : String.format(java.util.Locale.ROOT, "temperature scaling (T = %.3f)", cal.temperature());
            warnings.add(String.format(java.util.Locale.ROOT, "%s version %d is calibrated by %s, fitted on %d %s rows; "
                    + "mean_predicted and observed are after it, the _before columns before.", s.model.name(),
                    s.model.version(), how, cal.rows(), cal.fittedOn().replace('_', '-')));
        }
        return ExecResult.rows(out.build(), warnings);
    }

    /** Rows, summed probability and happenings per equal-width probability bin. */
    private record Bins(long[] rows, double[] sumPredicted, double[] sumObserved) {
        static Bins of(Outcomes o) {
            Bins b = new Bins(new long[BINS], new double[BINS], new double[BINS]);
            for (int i = 0; i < o.size(); i++) {
                double p = o.probability()[i];
                int bin = Math.min(BINS - 1, (int) (p * BINS));
                b.rows[bin]++;
                b.sumPredicted[bin] += p;
                b.sumObserved[bin] += o.happened()[i] ? 1 : 0;
            }
            return b;
        }

        Double predicted(int bin) {
            return rows[bin] == 0 ? null : sumPredicted[bin] / rows[bin];
        }

        Double observed(int bin) {
            return rows[bin] == 0 ? null : sumObserved[bin] / rows[bin];
        }
    }

    /** ROC points at thresholds 0.00, 0.01, ..., 1.00 (for a set, over every row's every member). */
    private static java.sql.ResultSet roc(Outcomes o) {
        long positives = 0;
        for (boolean t : o.happened()) {
            positives += t ? 1 : 0;
        }
        long negatives = o.size() - positives;
        Rows out = new Rows().number("threshold").number("true_positive_rate").number("false_positive_rate");
        for (int i = 0; i <= 100; i++) {
            double threshold = i / 100.0;
            long tp = 0;
            long fp = 0;
            for (int k = 0; k < o.size(); k++) {
                if (o.probability()[k] >= threshold) {
                    tp += o.happened()[k] ? 1 : 0;
                    fp += o.happened()[k] ? 0 : 1;
                }
            }
            out.add(threshold, positives == 0 ? null : (double) tp / positives, negatives == 0 ? null : (double) fp / negatives);
        }
        return out.build();
    }

    ExecResult featureImportance(Ast.ShowFeatureImportance f) {
        LoadedModel model = session.models().load(f.model().text(), f.version());
        ImageFolders.requireConfined(session, model.config());
        List<String> warnings = new ArrayList<>();
        Table table = f.given() == null ? testSplit(model, warnings)
                : Table.read(session.sql().query(f.given().sql(), f.given().position()));
        List<List<Object>> columns = ScoredRows.featureColumns(model, table, warnings);
        double[] importance = table.size() == 0 ? new double[model.config().inputFeatures().size()]
                : Explanations.meanAbsolute(model, columns, model.score(columns));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < importance.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(importance[b], importance[a]));
        Rows out = new Rows().integer("rank").text("feature").text("type").number("importance");
        for (int rank = 0; rank < order.size(); rank++) {
            FeatureConfig feature = model.config().inputFeatures().get(order.get(rank));
            out.add(rank + 1, feature.name(), feature.type().ludwigName(), importance[order.get(rank)]);
        }
        return ExecResult.rows(out.build(), warnings);
    }

    private ScoredRows scored(Ast.Name name, Integer version, Ast.GivenQuery given) {
        LoadedModel model = session.models().load(name.text(), version);
        ImageFolders.requireConfined(session, model.config());
        if (given == null) {
            List<String> notes = new ArrayList<>();
            ScoredRows s = new ScoredRows(model, testSplit(model, notes), new Ast.Position(1, 1));
            s.warnings.addAll(notes);
            return s;
        }
        return new ScoredRows(model, Table.read(session.sql().query(given.sql(), given.position())), given.position());
    }

    /**
     * The version's test rows: its training query, split again as training split it (the same
     * rows, split type and seed). A version
     * without test rows (trainer.folds trains on every row by default) is measured on its training
     * rows, with a warning that says so.
     */
    private Table testSplit(LoadedModel model, List<String> warnings) {
        VersionInfo info = model.info();
        Table all = Table.read(session.sql().query(info.sourceSql(), new Ast.Position(1, 1)));
        Table labelled;
        Split split;
        if (all.indexOf(model.head().feature().column()) >= 0) { // the rows and split training had
            labelled = CreateModelCommand.trainingRows(all, model.config());
            split = CreateModelCommand.split(model.config(), labelled, model.head().feature());
        } else { // the source no longer has the target's column: a random split of every row
            labelled = all;
            split = Split.random(labelled.size(), model.config().preprocessing().split(), model.config().randomSeed());
        }
        if (split.test().length == 0) {
            warnings.add(model.name() + " version " + model.version() + " kept no test rows (its split trains on every "
                    + "row), so these figures are on rows it trained on and flatter it; add GIVEN SELECT ... with held-out "
                    + "rows for an honest measure.");
        }
        return labelled.select(split.test().length > 0 ? split.test() : split.train());
    }

    /** The model's output kind, or its error when that output type cannot show {@code d}. */
    private static FeatureKind refuseUnless(FeatureKind.Diagnostic d, LoadedModel model) {
        FeatureKind kind = FeatureKinds.of(model);
        PqlException refused = kind.refuse(d, model);
        if (refused != null) {
            throw refused;
        }
        return kind;
    }
}
