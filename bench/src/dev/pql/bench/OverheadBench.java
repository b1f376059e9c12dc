package dev.pql.bench;

import dev.pql.config.ColumnProfile;
import dev.pql.config.Lowering;
import dev.pql.data.Profiler;
import dev.pql.data.Table;
import dev.pql.parse.Ast;
import dev.pql.parse.StatementParser;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Section 5: what a statement costs before any training or scoring. Parse (grammar → AST) of each
 * statement kind, lowering of CREATE MODEL (AST + column profiles → resolved config) and the
 * column profiling it needs, and whole statements that neither train nor score (catalog
 * statements, PREDICT / EVALUATE over zero rows, plain SQL through the driver vs H2 itself).
 */
final class OverheadBench {
    static final String SECTION = "overhead";
    private final Ctx ctx;
    private final StringBuilder md;

    OverheadBench(Ctx ctx) {
        this.ctx = ctx;
        this.md = ctx.results.details(SECTION);
    }

    void run() throws Exception {
        Fixtures.spamModel(ctx);
        int n = ctx.quick ? 300 : 2000;
        Map<String, String> statements = new LinkedHashMap<>();
        String create = "CREATE MODEL spam2 PREDICT class GIVEN subject, body FROM spam_assassin_train";
        String createWith = SpamModels.statement(SpamModels.PARALLEL_CNN, "spam2", 3);
        statements.put("CREATE MODEL (default)", create);
        statements.put("CREATE MODEL (WITH 12 options)", createWith);
        statements.put("PREDICT … GIVEN SELECT", "PREDICT class WITH CONFIDENCE USING spam GIVEN SELECT subject, body "
                + "FROM spam_assassin_test WHERE class = 'spam'");
        statements.put("PREDICT … GIVEN c = literal", "PREDICT class USING spam GIVEN subject = 'Win money now', "
                + "body = 'Click here to claim your prize'");
        statements.put("EVALUATE", "EVALUATE spam GIVEN SELECT * FROM spam_assassin_test");
        statements.put("SHOW MODELS", "SHOW MODELS");
        statements.put("DESCRIBE MODEL", "DESCRIBE MODEL spam");
        statements.put("DROP MODEL", "DROP MODEL IF EXISTS no_such_model");
        statements.put("plain SQL (passed to H2)", "SELECT subject, class FROM spam_assassin_test WHERE class = 'x'");
        md.append("Medians in microseconds; parse and lowering are called in the benchmark JVM (" + n + " calls after "
                + n / 4 + " warm-up calls); whole statements go through the JDBC driver.\n\n"
                + "| step | statement | median µs | p99 µs | note |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, String> e : statements.entrySet()) {
            time("parse", e.getKey(), n, () -> StatementParser.parse(e.getValue()), "");
        }
        Table table;
        try (Statement s = ctx.db().createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM spam_assassin_train")) {
            table = Table.read(rs);
        }
        List<ColumnProfile> profiles = Profiler.profile(table);
        time("profile", "columns of spam_assassin_train (4837 rows, text)", ctx.quick ? 3 : 10, () -> Profiler.profile(table),
                "part of CREATE MODEL: one pass over the data");
        Ast.CreateModel c1 = (Ast.CreateModel) StatementParser.parse(create);
        Ast.CreateModel c2 = (Ast.CreateModel) StatementParser.parse(createWith);
        time("lower", "CREATE MODEL (default)", n, () -> Lowering.lower(c1, profiles), "AST + profiles → resolved config");
        time("lower", "CREATE MODEL (WITH 12 options)", n, () -> Lowering.lower(c2, profiles), "");
        int m = ctx.quick ? 50 : 300;
        exec("SHOW MODELS", "SHOW MODELS", m);
        exec("DESCRIBE MODEL", "DESCRIBE MODEL spam", m);
        exec("DROP MODEL (absent, IF EXISTS)", "DROP MODEL IF EXISTS no_such_model", m);
        exec("PREDICT … GIVEN SELECT, 0 rows", "PREDICT class USING spam GIVEN SELECT subject, body FROM spam_assassin_test WHERE 1 = 0", m);
        exec("EVALUATE, 0 rows", "EVALUATE spam GIVEN SELECT * FROM spam_assassin_test WHERE 1 = 0", m);
        exec("EXPLAIN CREATE MODEL (plan without training)", "EXPLAIN " + create, m);
        exec("PREDICT inside SQL, 0 rows", "SELECT COUNT(*) FROM (PREDICT class USING spam GIVEN SELECT subject, body "
                + "FROM spam_assassin_test WHERE 1 = 0) p", m);
        exec("SELECT * FROM pql.models", "SELECT * FROM pql.models", m);
        exec("plain SQL through the PQL driver", "SELECT subject, class FROM spam_assassin_test WHERE class = 'x'", m);
        try (Connection h2 = new org.h2.Driver().connect("jdbc:h2:mem:bench_overhead", new java.util.Properties())) {
            try (Statement s = h2.createStatement()) {
                s.execute("CREATE TABLE spam_assassin_test AS SELECT * FROM CSVREAD('"
                        + ctx.data.resolve("spam_assassin.csv").toAbsolutePath().toString().replace("'", "''") + "')");
            }
            execOn(h2, "same plain SQL on H2 directly (no PQL)", "SELECT subject, class FROM spam_assassin_test WHERE class = 'x'", m);
        }
        storeScan(ctx.quick ? 3 : 15);
        md.append("\n");
        for (Results.Row r : List.copyOf(ctx.results.rows())) {
            if (r.section().equals(SECTION) && List.of("parse: PREDICT … GIVEN c = literal", "lower: CREATE MODEL (default)",
                    "execute: PREDICT … GIVEN SELECT, 0 rows", "execute: plain SQL through the PQL driver").contains(r.name())) {
                ctx.results.summary(new Results.Summary(SECTION, "Overhead, " + r.name(), "none set (informational)",
                        Stats.fmt(r.value()) + " µs", "n/a"));
            }
        }
    }

    /**
     * The front door's cost on plain SQL: 100k store rows read to the end through the PQL driver
     * (Statement and PreparedStatement) and through H2 alone on the same store, in one JVM.
     */
    private void storeScan(int n) throws SQLException {
        String sql = "SELECT id, v, k FROM fd_rows";
        try (Statement s = ctx.db().createStatement()) {
            s.execute("DROP TABLE IF EXISTS fd_rows");
            s.execute("CREATE TABLE fd_rows AS SELECT X AS id, RAND() AS v, 'k' || MOD(X, 10) AS k FROM SYSTEM_RANGE(1, 100000)");
        }
        List<Double> viaStatement = new ArrayList<>();
        List<Double> viaPrepared = new ArrayList<>();
        List<Double> viaH2 = new ArrayList<>();
        try (Connection h2 = new org.h2.Driver().connect("jdbc:h2:file:" + ctx.dbDir().resolve("store")
                + ";AUTO_SERVER=FALSE", new java.util.Properties())) {
            for (int i = 0; i < n + 2; i++) {
                double a = scan(() -> ctx.db().createStatement(), sql, false);
                double b = scan(() -> ctx.db().prepareStatement(sql), sql, true);
                double c = scan(() -> h2.createStatement(), sql, false);
                if (i >= 2) {
                    viaStatement.add(a);
                    viaPrepared.add(b);
                    viaH2.add(c);
                }
            }
        }
        double h2ms = Stats.median(viaH2);
        Object[][] ways = {
            {"100k store rows, PQL Statement", viaStatement},
            {"100k store rows, PQL PreparedStatement", viaPrepared},
            {"100k store rows, H2 alone", viaH2}};
        for (Object[] r : ways) {
            @SuppressWarnings("unchecked")
            double ms = Stats.median((List<Double>) r[1]);
            String ratio = Stats.fmt(ms / h2ms) + "× H2";
            ctx.results.add(new Results.Row(SECTION, "scan: " + r[0], "median_ms", ms, "ms", "", Double.NaN, Double.NaN,
                    "", "", ratio));
            md.append("| scan | ").append(r[0]).append(" | ").append(Stats.fmt(ms * 1000)).append(" | – | ").append(ratio)
                    .append(" (goal ≤ 1.5× H2) |\n");
            ctx.results.summary(new Results.Summary(SECTION, "Plain SELECT, " + r[0], "≤ 1.5× H2 alone",
                    Stats.fmt(ms) + " ms (" + ratio + ")", ms <= 1.5 * h2ms ? "yes" : "no"));
        }
    }

    private interface Opener {
        Statement open() throws SQLException;
    }

    /** Milliseconds to read every value of a query's rows. */
    private static double scan(Opener opener, String sql, boolean prepared) throws SQLException {
        long t0 = System.nanoTime();
        try (Statement s = opener.open();
             ResultSet rs = prepared ? ((java.sql.PreparedStatement) s).executeQuery() : s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    rs.getObject(i);
                }
            }
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private void exec(String label, String sql, int n) {
        try {
            execOn(ctx.db(), label, sql, n);
        } catch (SQLException e) {
            String err = SpamModels.oneLine(e.getMessage());
            String met = SpamModels.notSupported(err) || err.contains("Syntax error") ? "not supported yet" : "error";
            ctx.results.add(new Results.Row(SECTION, "execute: " + label, "median_us", Double.NaN, "us", "", Double.NaN,
                    Double.NaN, "", met, err));
            md.append("| execute | ").append(label).append(" | – | – | ").append(met).append(": ").append(err.replace("|", "/")).append(" |\n");
        }
    }

    private void execOn(Connection c, String label, String sql, int n) throws SQLException {
        List<Double> us = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < n + n / 4; i++) {
                long t0 = System.nanoTime();
                if (s.execute(sql)) {
                    try (ResultSet rs = s.getResultSet()) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
                if (i >= n / 4) {
                    us.add((System.nanoTime() - t0) / 1e3);
                }
            }
        }
        record("execute", label, us, "");
    }

    private void time(String step, String label, int n, Runnable r, String note) {
        List<Double> us = new ArrayList<>();
        for (int i = 0; i < n + Math.max(1, n / 4); i++) {
            long t0 = System.nanoTime();
            r.run();
            if (i >= Math.max(1, n / 4)) {
                us.add((System.nanoTime() - t0) / 1e3);
            }
        }
        record(step, label, us, note);
    }

    private void record(String step, String label, List<Double> us, String note) {
        double p50 = Stats.median(us);
        double p99 = Stats.percentile(us, 99);
        ctx.results.add(new Results.Row(SECTION, step + ": " + label, "median_us", p50, "us", "", Double.NaN, Double.NaN,
                "", "", "p99 " + Stats.fmt(p99) + " us" + (note.isEmpty() ? "" : "; " + note)));
        md.append("| ").append(step).append(" | ").append(label).append(" | ").append(Stats.fmt(p50)).append(" | ")
                .append(Stats.fmt(p99)).append(" | ").append(note).append(" |\n");
    }
}
