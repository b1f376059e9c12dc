package dev.pql.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 4: one-row PREDICT latency, {@code GIVEN col = literal} through a Statement and the same
 * with {@code ?} parameters through a PreparedStatement, calls interleaved, on real test rows.
 * p50 / p99 over the measured calls after a warm-up; the goal is p50 ≤ 5 ms.
 */
final class LatencyBench {
    static final String SECTION = "latency";
    static final double GOAL_MS = 5.0;
    private final Ctx ctx;

    LatencyBench(Ctx ctx) {
        this.ctx = ctx;
    }

    void run() throws Exception {
        Fixtures.spamModel(ctx);
        Fixtures.gen(ctx, 10_000);
        int calls = ctx.quick ? 200 : 1000;
        int warmup = ctx.quick ? 50 : 200;
        List<String[]> inputs = new ArrayList<>();
        try (Statement s = ctx.db().createStatement();
             ResultSet rs = s.executeQuery("SELECT subject, body FROM spam_assassin_test LIMIT 50")) {
            while (rs.next()) {
                inputs.add(new String[] {rs.getString(1) == null ? "" : rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)});
            }
        }
        String preparedSql = "PREDICT class USING spam GIVEN subject = ?, body = ?";
        PreparedStatement prepared = null;
        String preparedError = null;
        try {
            prepared = ctx.db().prepareStatement(preparedSql);
            call(prepared, inputs.get(0));
        } catch (SQLException | RuntimeException e) {
            preparedError = SpamModels.oneLine(e.getMessage());
            prepared = null;
        }
        List<Double> plain = new ArrayList<>();
        List<Double> param = new ArrayList<>();
        List<Double> tabular = new ArrayList<>();
        double load = Ctx.load();
        Ctx.log("latency: " + warmup + " warm-up and " + calls + " measured calls per form");
        try (Statement s = ctx.db().createStatement()) {
            for (int i = 0; i < warmup + calls; i++) {
                String[] in = inputs.get(i % inputs.size());
                long t0 = System.nanoTime();
                read(s.executeQuery("PREDICT class USING spam GIVEN subject = " + Datasets.quote(in[0]) + ", body = "
                        + Datasets.quote(in[1])));
                long t1 = System.nanoTime();
                if (prepared != null) {
                    call(prepared, in);
                }
                long t2 = System.nanoTime();
                read(s.executeQuery("PREDICT label USING gen_model GIVEN x1 = " + (i % 100) + ".5, x2 = " + (i % 37)
                        + ".25, x3 = " + (i % 101) + ", x4 = " + (i % 9) + ".5, c = 'c" + (i % 8) + "'"));
                long t3 = System.nanoTime();
                if (i >= warmup) {
                    plain.add(Stats.millis(t1 - t0));
                    param.add(Stats.millis(t2 - t1));
                    tabular.add(Stats.millis(t3 - t2));
                }
            }
        }
        if (prepared != null) {
            prepared.close();
        }
        StringBuilder md = ctx.results.details(SECTION);
        md.append("One-row PREDICT through the JDBC driver, result row read; " + calls + " calls per form after "
                + warmup + " warm-up calls, the forms interleaved call by call. Text inputs cycle through 50 real test "
                + "rows of the spam set (bodies up to 2000 characters). Load average " + Stats.fmt(load) + ".\n\n");
        md.append("| form | p50 ms | p90 ms | p99 ms | mean ms | goal p50 ≤ 5 ms |\n|---|---|---|---|---|---|\n");
        report("Statement: PREDICT class USING spam GIVEN subject = '…', body = '…'", "spam statement", plain, md);
        if (prepared == null && preparedError != null) {
            String met = "not supported yet";
            ctx.results.add(new Results.Row(SECTION, "spam prepared", "p50_ms", Double.NaN, "ms", "", Double.NaN,
                    Double.NaN, "p50 <= 5 ms", met, preparedError));
            ctx.results.summary(new Results.Summary(SECTION, "Latency p50, PreparedStatement `" + preparedSql + "`",
                    "≤ 5 ms", "error: " + preparedError, met));
            md.append("| PreparedStatement: `").append(preparedSql).append("` | – | – | – | – | ").append(met)
                    .append(": ").append(preparedError.replace("|", "/")).append(" |\n");
        } else {
            report("PreparedStatement: `" + preparedSql + "`", "spam prepared", param, md);
        }
        report("Statement, tabular: PREDICT label USING gen_model GIVEN x1 = …, …, c = '…'", "gen_model statement", tabular, md);
        md.append("\n");
        try {
            new RemoteLatencyBench(ctx).run(md);
        } catch (Exception | Error e) {
            String err = SpamModels.oneLine(String.valueOf(e));
            Ctx.log("latency: remote failed: " + err);
            ctx.results.summary(new Results.Summary(SECTION, "Latency p50 (p99), remote one-row PREDICT, 8 clients",
                    "p50 ≤ 5 ms", "failed: " + err, "no"));
            md.append("Remote one-row PREDICT failed: ").append(err.replace("|", "/")).append("\n\n");
        }
    }

    private void report(String form, String name, List<Double> ms, StringBuilder md) {
        double p50 = Stats.percentile(ms, 50);
        double p99 = Stats.percentile(ms, 99);
        String met = p50 <= GOAL_MS ? "yes" : "no";
        ctx.results.add(new Results.Row(SECTION, name, "p50_ms", p50, "ms", "", Double.NaN, Double.NaN, "p50 <= 5 ms", met,
                "p99 " + Stats.fmt(p99) + " ms"));
        ctx.results.add(SECTION, name, "p99_ms", p99, "ms", "");
        ctx.results.add(SECTION, name, "mean_ms", Stats.mean(ms), "ms", "");
        ctx.results.summary(new Results.Summary(SECTION, "Latency p50 (p99), " + name, "p50 ≤ 5 ms",
                Stats.fmt(p50) + " ms (" + Stats.fmt(p99) + " ms)", met));
        md.append("| ").append(form).append(" | ").append(Stats.fmt(p50)).append(" | ").append(Stats.fmt(Stats.percentile(ms, 90)))
                .append(" | ").append(Stats.fmt(p99)).append(" | ").append(Stats.fmt(Stats.mean(ms))).append(" | ").append(met).append(" |\n");
    }

    private static void call(PreparedStatement p, String[] in) throws SQLException {
        p.setString(1, in[0]);
        p.setString(2, in[1]);
        read(p.executeQuery());
    }

    /** Reads every value of every row, then closes the result. */
    static void read(ResultSet rs) throws SQLException {
        try (rs) {
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= cols; i++) {
                    rs.getObject(i);
                }
            }
        }
    }
}
