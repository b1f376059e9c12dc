package dev.pql.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Section {@code pretrained}: the spam set with only 300 training rows (the first 300 of
 * {@code spam_assassin_train}, file order), the two text features once with PQL's default text
 * encoder and once with the pretrained sentence encoder ({@code ENCODER minilm}: all-MiniLM-L6-v2,
 * frozen, a trained layer on top); everything else PQL's defaults. Accuracy on the whole
 * {@code spam_assassin_test}; wall seconds of each CREATE MODEL (the pretrained one includes
 * embedding every training text once, and loading the ONNX model the first time) and of the EVALUATE.
 */
final class PretrainedBench {
    static final String SECTION = "pretrained";
    static final int ROWS = 300;
    private final Ctx ctx;

    PretrainedBench(Ctx ctx) {
        this.ctx = ctx;
    }

    /** One encoder's runs: accuracy, CREATE MODEL seconds and EVALUATE seconds per seed. */
    private record Runs(String name, String given, List<Double> accuracy, List<Double> train, List<Double> evaluate) {
    }

    void run() throws Exception {
        ctx.dataset("spam_assassin");
        try (Statement s = ctx.db().createStatement()) {
            s.execute("DROP TABLE IF EXISTS spam_300");
            s.execute("CREATE TABLE spam_300 AS SELECT * FROM spam_assassin_train LIMIT " + ROWS);
        }
        long[] seeds = ctx.quick ? new long[] {42} : new long[] {42, 1, 2};
        List<Runs> all = List.of(
                new Runs("default text encoder", "subject, body", new ArrayList<>(), new ArrayList<>(), new ArrayList<>()),
                new Runs("minilm (pretrained, frozen)", "subject TEXT ENCODER minilm, body TEXT ENCODER minilm",
                        new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        for (long seed : seeds) {
            for (Runs r : all) { // alternated, so both see the same machine load
                measure(r, seed);
            }
        }
        report(all, seeds.length);
    }

    private void measure(Runs r, long seed) throws SQLException {
        String model = r.given().contains("minilm") ? "spam300_minilm" : "spam300_default";
        try (Statement s = ctx.db().createStatement()) {
            long t0 = System.nanoTime();
            s.executeQuery("CREATE OR REPLACE MODEL " + model + " PREDICT class GIVEN " + r.given()
                    + " FROM spam_300 WITH (random_seed = " + seed + ")").close();
            r.train().add(Stats.seconds(System.nanoTime() - t0));
            t0 = System.nanoTime();
            double accuracy = Double.NaN;
            try (ResultSet rs = s.executeQuery("EVALUATE " + model + " GIVEN SELECT * FROM spam_assassin_test")) {
                while (rs.next()) {
                    if (rs.getString("metric").equals("accuracy")) {
                        accuracy = rs.getDouble("value");
                    }
                }
            }
            r.evaluate().add(Stats.seconds(System.nanoTime() - t0));
            r.accuracy().add(accuracy);
            Ctx.log("pretrained: " + r.name() + " seed " + seed + ": accuracy " + Stats.score(accuracy) + ", CREATE MODEL "
                    + Stats.fmt(r.train().get(r.train().size() - 1)) + " s");
        }
    }

    private void report(List<Runs> all, int seeds) {
        StringBuilder md = ctx.results.details(SECTION);
        md.append("The spam set with " + ROWS + " training rows (the first " + ROWS + " of `spam_assassin_train`), "
                + "`CREATE MODEL m PREDICT class GIVEN <inputs> FROM spam_300 WITH (random_seed = s)`, every other "
                + "setting PQL's default; `EVALUATE` on all of `spam_assassin_test`. Mean of seeds (" + seeds + "); "
                + "seconds are medians.\n\n");
        md.append("| inputs | accuracy (mean) | per seed | s per CREATE MODEL | s per EVALUATE |\n|---|---|---|---|---|\n");
        for (Runs r : all) {
            double mean = Stats.mean(r.accuracy());
            StringBuilder per = new StringBuilder();
            r.accuracy().forEach(a -> per.append(per.length() == 0 ? "" : ", ").append(Stats.score(a)));
            md.append("| `").append(r.given()).append("` | ").append(Stats.score(mean)).append(" | ").append(per)
                    .append(" | ").append(Stats.fmt(Stats.median(r.train()))).append(" | ")
                    .append(Stats.fmt(Stats.median(r.evaluate()))).append(" |\n");
            ctx.results.add(SECTION, "spam " + ROWS + " rows, " + r.name(), "accuracy", mean, "", "per seed " + per);
            ctx.results.add(SECTION, "spam " + ROWS + " rows, " + r.name(), "create_model_seconds",
                    Stats.median(r.train()), "s", "median");
            ctx.results.add(SECTION, "spam " + ROWS + " rows, " + r.name(), "evaluate_seconds",
                    Stats.median(r.evaluate()), "s", "median");
        }
        double base = Stats.mean(all.get(0).accuracy());
        double pre = Stats.mean(all.get(1).accuracy());
        ctx.results.summary(new Results.Summary(SECTION, "Spam, " + ROWS + " training rows: pretrained minilm vs the "
                + "default text encoder", "≥ default", Stats.score(pre) + " vs " + Stats.score(base),
                pre >= base ? "yes" : "no"));
        md.append("\n");
    }
}
