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

    AccuracyBench(Ctx ctx) {
        this.ctx = ctx;
    }

    void run() throws Exception {
        StringBuilder md = ctx.results.details(SECTION);
        md.append("Default `CREATE MODEL m PREDICT <target> FROM <name>_train` (every other column a feature, types "
                + "inferred, no WITH), then `EVALUATE m GIVEN SELECT * FROM <name>_test`. Split: BASELINES.md's rule "
                + "(data row number divisible by 5 → test); PQL's own 0.7/0.1/0.2 split happens inside the training "
                + "rows. iris and wine: mean of seeds " + seedList(5) + " (`WITH (random_seed = s)`; 42 is the default).\n\n");
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
            int seeds = ctx.quick ? 1 : spec.seeds();
            double[] scores = new double[seeds];
            StringBuilder epochs = new StringBuilder();
            double trainSeconds = 0;
            for (int i = 0; i < seeds; i++) {
                // the spam model is also the fixture of sections 3-6, which query it as `spam`
                String model = spec.name().equals("spam_assassin") ? "spam" : "acc_" + spec.name();
                String sql = "CREATE OR REPLACE MODEL " + model + " PREDICT " + spec.target() + " FROM " + spec.train()
                        + (SEEDS[i] == 42 ? "" : " WITH (random_seed = " + SEEDS[i] + ")");
                long t0 = System.nanoTime();
                try (Statement s = ctx.db().createStatement()) {
                    try (ResultSet rs = s.executeQuery(sql)) {
                        rs.next();
                        epochs.append(i == 0 ? "" : ", ").append(rs.getInt("epochs")).append(" (").append(rs.getInt("best_epoch")).append(")");
                    }
                    trainSeconds += Stats.seconds(System.nanoTime() - t0);
                    scores[i] = SpamModels.evaluate(s, model, spec.test(), spec.metric());
                    if (model.equals("spam") && SEEDS[i] == 42) {
                        Fixtures.spamModelMade(ctx);
                    }
                } catch (SQLException e) {
                    scores[i] = Double.NaN;
                    notes.put(spec.name(), SpamModels.oneLine(e.getMessage()));
                }
                Ctx.log("accuracy: " + spec.name() + " seed " + SEEDS[i] + " " + spec.metric() + "=" + Stats.score(scores[i]));
            }
            pql.put(spec.name(), scores);
            notes.putIfAbsent(spec.name(), epochs.toString());
            seconds.put(spec.name(), Stats.fmt(trainSeconds / seeds));
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
            String met = Double.isNaN(mean) ? "no" : mean >= peer - 1e-9 ? "yes" : "no";
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
                    .append(" | ").append(per).append(" | ").append(notes.get(spec.name()).replace("|", "/")).append(" | ").append(seconds.get(spec.name())).append(" |\n");
        }
        md.append("\nsklearn figures: ").append(source).append(" (").append(ctx.peerVersions).append(").\n\n");
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
