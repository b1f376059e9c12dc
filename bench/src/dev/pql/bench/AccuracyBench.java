package dev.pql.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section 1: a default CREATE MODEL (no WITH, no CONFIG) on each data set's training rows and
 * EVALUATE on its test rows, against the best scikit-learn default, run in the same job when
 * scikit-learn is installed (else the figure in BASELINES.md). Small sets average five seeds.
 */
final class AccuracyBench {
    static final String SECTION = "accuracy";
    static final long[] SEEDS = {42, 1, 2, 3, 4};
    private final Ctx ctx;
    /** ECE before and after calibration on the test rows, per data set (its seed-42 model; classifiers only). */
    private final Map<String, CalibrationFigures.Ece> ece = new java.util.LinkedHashMap<>();
    /** Accuracy of the seed-42 model, beside its ECE. */
    private final Map<String, Double> accuracyAt42 = new HashMap<>();

    AccuracyBench(Ctx ctx) {
        this.ctx = ctx;
    }

    void run() throws Exception {
        StringBuilder md = ctx.results.details(SECTION);
        md.append("Default `CREATE MODEL m PREDICT <target> FROM <name>_train` (every other column a feature, types "
                + "inferred, no WITH), then `EVALUATE m GIVEN SELECT * FROM <name>_test`. Split: BASELINES.md's rule "
                + "(data row number divisible by 5 → test); PQL's own split happens inside the training rows (under "
                + "2,000 tabular rows: five folds' models averaged, every row trains; see EXPLAIN). iris and wine: mean of seeds "
                + seedList(5) + " (`WITH (random_seed = s)`; 42 is the default).\n\n");
        md.append("| data set | metric | PQL | sklearn best | ratio | goal met | PQL per seed | epochs (best epoch) | s per CREATE MODEL |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        Map<String, double[]> pql = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        Map<String, String> seconds = new HashMap<>();
        List<Datasets.Spec> specs = new ArrayList<>();
        for (Datasets.Spec spec : Datasets.ALL) {
            if (!Files.isRegularFile(ctx.data.resolve(spec.name() + ".csv"))) {
                Ctx.log("accuracy: " + spec.name() + ".csv not in " + ctx.data + ", skipped");
                continue;
            }
            specs.add(spec);
            ctx.dataset(spec.name());
            Measured m = measure(spec, "");
            pql.put(spec.name(), m.scores);
            notes.put(spec.name(), m.note);
            seconds.put(spec.name(), m.seconds);
        }
        Ctx.log("accuracy: scikit-learn peer" + (ctx.sklearn ? "" : " not installed, using BASELINES.md"));
        Map<String, Double> best = Peers.sklearnBest(ctx, ctx.peers.resolve("sklearn_baselines.py"));
        String source = best.isEmpty() ? "BASELINES.md" : "sklearn_baselines.py, this run";
        if (best.isEmpty()) {
            best = baselines(ctx.data.resolve("BASELINES.md"));
        }
        for (Datasets.Spec spec : specs) {
            double[] scores = pql.get(spec.name());
            double mean = java.util.Arrays.stream(scores).average().orElse(Double.NaN);
            double peer = best.getOrDefault(spec.name(), Double.NaN);
            double ratio = mean / peer;
            // 5e-5: the peer's figures come rounded to 4 decimals (29/30 prints 0.9667); one test row is >= 0.001
            String met = Double.isNaN(mean) ? "no" : mean >= peer - 5e-5 ? "yes" : "no";
            String figure = spec.name() + " " + spec.metric() + (scores.length > 1 ? " (mean of " + scores.length + " seeds)" : "");
            ctx.results.add(new Results.Row(SECTION, spec.name() + " default", spec.metric(), mean, "",
                    "sklearn best (" + source + ")", peer, ratio, ">= sklearn best", met, "epochs (best) " + notes.get(spec.name())
                    + "; s per CREATE MODEL " + seconds.get(spec.name())));
            ctx.results.summary(new Results.Summary(SECTION, "Accuracy: " + figure, "≥ sklearn best " + Stats.score(peer),
                    Stats.score(mean) + " (" + Stats.ratio(ratio) + ")", met));
            StringBuilder per = new StringBuilder();
            for (double v : scores) {
                per.append(per.length() == 0 ? "" : ", ").append(Stats.score(v));
            }
            md.append("| ").append(spec.name()).append(" | ").append(spec.metric()).append(" | ").append(Stats.score(mean))
                    .append(" | ").append(Stats.score(peer)).append(" | ").append(Stats.ratio(ratio)).append(" | ").append(met)
                    .append(" | ").append(per).append(" | ").append(notes.get(spec.name()).replace("|", "/")).append(" | ")
                    .append(seconds.get(spec.name())).append(" |\n");
        }
        md.append("\nsklearn figures: ").append(source).append(" (").append(ctx.peerVersions).append(").\n\n");
        gbm(md, specs, best);
        calibration(md);
        if (specs.stream().anyMatch(spec -> spec.name().equals("iris"))) {
            hyperopt(md, specs.stream().filter(spec -> spec.name().equals("iris")).findFirst().orElseThrow());
        }
    }

    /**
     * Issue 15's bar: HYPEROPT with 12 samples on iris (the issue's own statement) beats or ties the
     * default model's held-out score: both out-of-fold on the same five folds (the default's
     * ensemble, the search's chosen trial); test accuracy beside them, for reference only.
     */
    private void hyperopt(StringBuilder md, Datasets.Spec spec) throws Exception {
        String search = "CREATE OR REPLACE MODEL iris_hyperopt PREDICT " + spec.target() + " FROM " + spec.train()
                + " HYPEROPT (trainer.learning_rate = LOGUNIFORM(0.0001, 0.1), combiner.output_size = CHOICE(16, 32, 64), "
                + "combiner.num_fc_layers = RANDINT(0, 3)) WITH (hyperopt.executor.num_samples = 12, "
                + "hyperopt.metric = 'accuracy', hyperopt.goal = 'maximize')";
        try (Statement s = ctx.db().createStatement()) {
            s.executeQuery("CREATE OR REPLACE MODEL iris_default PREDICT " + spec.target() + " FROM " + spec.train()).close();
            double baseline = heldOut(s, "iris_default");
            long t0 = System.nanoTime();
            s.executeQuery(search).close();
            double seconds = Stats.seconds(System.nanoTime() - t0);
            double chosen = Double.NaN;
            int trials = 0;
            try (ResultSet rs = s.executeQuery("SELECT \"value\", weight FROM pql.trials WHERE model = 'iris_hyperopt'")) {
                while (rs.next()) {
                    trials++;
                    if (rs.getDouble("weight") > 0) {
                        chosen = rs.getDouble("value");
                    }
                }
            }
            double testDefault = SpamModels.evaluate(s, "iris_default", spec.test(), spec.metric());
            double testSearch = SpamModels.evaluate(s, "iris_hyperopt", spec.test(), spec.metric());
            String met = chosen >= baseline - 1e-12 ? "yes" : "no";
            ctx.results.add(new Results.Row(SECTION, "iris hyperopt 12 samples", "out_of_fold_accuracy", chosen, "",
                    "default model's out-of-fold accuracy", baseline, chosen / baseline, ">= default", met,
                    trials + " trials in " + Stats.fmt(seconds) + " s; test accuracy " + Stats.score(testSearch)
                    + " (default " + Stats.score(testDefault) + ")"));
            ctx.results.summary(new Results.Summary(SECTION, "HYPEROPT, 12 samples on iris: held-out accuracy",
                    "≥ default's " + Stats.score(baseline), Stats.score(chosen), met));
            md.append("HYPEROPT on iris (issue 15's statement: `HYPEROPT (trainer.learning_rate = LOGUNIFORM(0.0001, 0.1), "
                    + "combiner.output_size = CHOICE(16, 32, 64), combiner.num_fc_layers = RANDINT(0, 3))`, 12 random "
                    + "samples, seed 42) against the default model on the same training rows; held-out = out-of-fold on "
                    + "the same five folds:\n\n| model | held-out accuracy | test accuracy | seconds | goal met |\n"
                    + "|---|---|---|---|---|\n| default (auto) | " + Stats.score(baseline) + " | " + Stats.score(testDefault)
                    + " | | |\n| HYPEROPT, " + trials + " trials (chosen) | " + Stats.score(chosen) + " | "
                    + Stats.score(testSearch) + " | " + Stats.fmt(seconds) + " | " + met + " |\n\n");
            Ctx.log("accuracy: iris hyperopt held-out " + Stats.score(chosen) + " vs default " + Stats.score(baseline));
        } catch (SQLException e) {
            md.append("HYPEROPT on iris failed: ").append(SpamModels.oneLine(e.getMessage())).append("\n\n");
            ctx.results.summary(new Results.Summary(SECTION, "HYPEROPT, 12 samples on iris: held-out accuracy",
                    "≥ default's", "failed", "no"));
        }
    }

    /** A version's held-out accuracy: its validation split's, out-of-fold when folds take turns. */
    private static double heldOut(Statement s, String model) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT metric_value FROM pql.metrics WHERE model = '" + model
                + "' AND split = 'validation' AND metric = 'accuracy' ORDER BY version DESC")) {
            return rs.next() ? rs.getDouble(1) : Double.NaN;
        }
    }

    /**
     * Issue 20's bar: on every classification set, the default model's ECE on the test rows after
     * calibration is no higher than before it, with accuracy (the same predictions) beside it.
     */
    private void calibration(StringBuilder md) {
        md.append("Calibration (seed 42's default model; ECE over 10 bins on the test rows, before and after the "
                + "version's temperature scaling, from one `SHOW CALIBRATION`; the predictions and accuracy are the "
                + "same either way):\n\n| data set | model | accuracy | ECE before | ECE after | goal met |\n"
                + "|---|---|---|---|---|---|\n");
        ece.forEach((key, e) -> {
            String met = Double.isNaN(e.after()) ? "no" : e.met() ? "yes" : "no";
            ctx.results.add(new Results.Row(SECTION, key + " calibration", "ece", e.after(), "", "ECE before calibration",
                    e.before(), e.after() / e.before(), "<= before", met, "accuracy " + Stats.score(accuracyAt42.get(key))));
            ctx.results.summary(new Results.Summary(SECTION, "ECE after calibration: " + key, "≤ before " + Stats.score(e.before()),
                    Stats.score(e.after()), met));
            String[] parts = key.split(" ", 2);
            md.append("| ").append(parts[0]).append(" | ").append(parts.length > 1 ? parts[1] : "default").append(" | ")
                    .append(Stats.score(accuracyAt42.get(key))).append(" | ").append(Stats.score(e.before())).append(" | ")
                    .append(Stats.score(e.after())).append(" | ").append(met).append(" |\n");
        });
        md.append("\n");
    }

    /** The same data sets with one line of config, {@code model_type = 'gbm'} (gradient-boosted trees), for comparison. */
    private void gbm(StringBuilder md, List<Datasets.Spec> specs, Map<String, Double> best) throws Exception {
        md.append("With one line of config, `WITH (model_type = 'gbm')` (LightGBM trees, otherwise default), same "
                + "rule and seeds:\n\n| data set | metric | PQL gbm | sklearn best | ratio | goal met | per seed | "
                + "rounds (best round) | s per CREATE MODEL |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Datasets.Spec spec : specs) {
            if (spec.name().equals("spam_assassin")) {
                continue; // text: trees do not read it
            }
            ctx.dataset(spec.name());
            Measured m = measure(spec, "model_type = 'gbm'");
            double mean = java.util.Arrays.stream(m.scores).average().orElse(Double.NaN);
            double peer = best.getOrDefault(spec.name(), Double.NaN);
            String met = Double.isNaN(mean) ? "no" : mean >= peer - 5e-5 ? "yes" : "no";
            ctx.results.add(new Results.Row(SECTION, spec.name() + " gbm", spec.metric(), mean, "", "sklearn best", peer,
                    mean / peer, ">= sklearn best", met, "rounds (best) " + m.note + "; s per CREATE MODEL " + m.seconds));
            StringBuilder per = new StringBuilder();
            for (double v : m.scores) {
                per.append(per.length() == 0 ? "" : ", ").append(Stats.score(v));
            }
            md.append("| ").append(spec.name()).append(" | ").append(spec.metric()).append(" | ").append(Stats.score(mean))
                    .append(" | ").append(Stats.score(peer)).append(" | ").append(Stats.ratio(mean / peer)).append(" | ")
                    .append(met).append(" | ").append(per).append(" | ").append(m.note.replace("|", "/")).append(" | ")
                    .append(m.seconds).append(" |\n");
        }
        md.append("\n");
    }

    /** One data set's scores over its seeds, the epochs (best epoch) of each, and the seconds per CREATE MODEL. */
    private record Measured(double[] scores, String note, String seconds) {
    }

    /** CREATE MODEL on the training rows with {@code with} (may be empty) and each seed, EVALUATE on the test rows. */
    private Measured measure(Datasets.Spec spec, String with) throws Exception {
        int seeds = ctx.quick ? 1 : spec.seeds();
        double[] scores = new double[seeds];
        StringBuilder epochs = new StringBuilder();
        String note = null;
        double trainSeconds = 0;
        for (int i = 0; i < seeds; i++) {
            // the spam model is also the fixture of sections 3-6, which query it as `spam`
            String model = spec.name().equals("spam_assassin") && with.isEmpty() ? "spam" : "acc_" + spec.name();
            List<String> options = new ArrayList<>();
            if (!with.isEmpty()) {
                options.add(with);
            }
            if (SEEDS[i] != 42) {
                options.add("random_seed = " + SEEDS[i]);
            }
            String sql = "CREATE OR REPLACE MODEL " + model + " PREDICT " + spec.target() + " FROM " + spec.train()
                    + (options.isEmpty() ? "" : " WITH (" + String.join(", ", options) + ")");
            long t0 = System.nanoTime();
            try (Statement s = ctx.db().createStatement()) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    epochs.append(i == 0 ? "" : ", ").append(rs.getInt("epochs")).append(" (").append(rs.getInt("best_epoch")).append(")");
                }
                trainSeconds += Stats.seconds(System.nanoTime() - t0);
                scores[i] = SpamModels.evaluate(s, model, spec.test(), spec.metric());
                if (SEEDS[i] == 42 && spec.metric().equals("accuracy")) {
                    String key = spec.name() + (with.isEmpty() ? "" : " " + with.replace("model_type = ", "").replace("'", ""));
                    ece.put(key, CalibrationFigures.of(s, model, spec.test()));
                    accuracyAt42.put(key, scores[i]);
                }
                if (model.equals("spam") && SEEDS[i] == 42) {
                    Fixtures.spamModelMade(ctx);
                }
            } catch (SQLException e) {
                scores[i] = Double.NaN;
                note = SpamModels.oneLine(e.getMessage());
            }
            Ctx.log("accuracy: " + spec.name() + (with.isEmpty() ? "" : " (" + with + ")") + " seed " + SEEDS[i] + " "
                    + spec.metric() + "=" + Stats.score(scores[i]));
        }
        return new Measured(scores, note != null ? note : epochs.toString(), Stats.fmt(trainSeconds / seeds));
    }

    private static String seedList(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ", ").append(SEEDS[i]);
        }
        return s.toString();
    }

    /** The bold (best) figure of each data set's line in BASELINES.md. */
    static Map<String, Double> baselines(Path file) throws IOException {
        Map<String, Double> best = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return best;
        }
        Pattern bold = Pattern.compile("\\*\\*([0-9.]+)\\*\\*");
        for (String line : Files.readAllLines(file)) {
            for (Datasets.Spec spec : Datasets.ALL) {
                if (line.contains(spec.name()) && !best.containsKey(spec.name())) {
                    Matcher m = bold.matcher(line);
                    while (m.find()) {
                        best.merge(spec.name(), Double.parseDouble(m.group(1)), Math::max);
                    }
                }
            }
        }
        return best;
    }
}
