package dev.pql.bench;

import dev.pql.features.Encoded;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 3: rows per second of {@code PREDICT ... GIVEN SELECT} over JDBC, every column of every
 * row read through the ResultSet, against the bare forward pass over the same rows preprocessed
 * beforehand ({@link BareForward}, the limit). Also timed apart: preprocessing alone and the plain
 * SELECT of the GIVEN rows. Passes alternate (JDBC, limit, ...); medians after one warm-up pass.
 */
final class ThroughputBench {
    static final String SECTION = "throughput";
    static final int BATCH = 512;
    private final Ctx ctx;
    private java.sql.Connection calcite;
    private String calciteError;

    ThroughputBench(Ctx ctx) {
        this.ctx = ctx;
    }

    /** One PREDICT workload: the model, its target, the GIVEN query for n rows. */
    record Case(String label, String model, String target, String given, long rows) {
    }

    void run() throws Exception {
        long max = ctx.quick ? 100_000 : 1_000_000;
        Fixtures.gen(ctx, max);
        Fixtures.spamModel(ctx);
        long textRows = ctx.quick ? 10_000 : 20_000;
        Fixtures.spamRows(ctx, textRows);
        List<Case> cases = new ArrayList<>();
        for (long n : ctx.quick ? new long[] {10_000, 100_000} : new long[] {10_000, 100_000, 1_000_000}) {
            cases.add(new Case("tabular gen_model", "gen_model", "label",
                    "SELECT " + Fixtures.GEN_COLUMNS + " FROM gen WHERE id <= " + n, n));
        }
        cases.add(new Case("text spam (embed)", "spam", "class",
                "SELECT id, subject, body FROM spam_rows WHERE id <= " + textRows, textRows));
        StringBuilder md = ctx.results.details(SECTION);
        md.append("`PREDICT <t> USING <model> GIVEN SELECT ...` through the JDBC driver, `getObject` on every column of "
                + "every row, timed from `executeQuery` to the last `next()`. The limit: the same model rebuilt from its "
                + "folder with the engine's public classes (`Network`, `Processors`, `ModelTrainer.restore`), the rows "
                + "read and preprocessed beforehand, then `Scoring.score` over them in batches of " + BATCH
                + " (tensor creation, forward, softmax, copy to host). Beside it, to locate the gap: `LoadedModel.score` (the "
                + "engine's scoring call, preprocessing included) on the same raw values " + BATCH + " rows a call, "
                + "preprocessing alone, and the GIVEN query alone on H2 and through Calcite (the engine's SQL layer). "
                + "`gen_model`: 5 inputs (4 numbers, 1 category) on "
                + "the generated table `gen`; `spam`: the default spam model (embed text encoders) on the spam rows "
                + "repeated. Medians of the passes after one warm-up pass.\n\n");
        md.append("| workload | rows | PREDICT over JDBC rows/s | bare forward rows/s (limit) | ratio | goal ≥ 0.5× "
                + "| LoadedModel.score rows/s | preprocessing alone rows/s | plain SELECT on H2 rows/s "
                + "| same SELECT via Calcite rows/s | passes | load |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Case c : cases) {
            try {
                measure(c, md);
            } catch (Exception | Error e) {
                String err = SpamModels.oneLine(String.valueOf(e));
                Ctx.log("throughput: " + c.label() + " failed: " + err);
                ctx.results.add(new Results.Row(SECTION, c.label() + " " + c.rows(), "rows_per_s", Double.NaN, "rows/s",
                        "bare forward (limit)", Double.NaN, Double.NaN, ">= 0.5x", "no", err));
                ctx.results.summary(new Results.Summary(SECTION, "PREDICT throughput, " + c.label() + ", "
                        + rowsLabel(c.rows()) + " rows: JDBC / bare forward", "≥ 0.5×", "failed: " + err, "no"));
                md.append("| ").append(c.label()).append(" | ").append(rowsLabel(c.rows())).append(" | failed: ")
                        .append(err.replace("|", "/")).append(" | | | no | | | | | | |\n");
            }
        }
        nullInputs(md);
        md.append("\n");
    }

    /** The text rows above have NULLs replaced by ''; whether PREDICT takes the NULLs themselves is checked here. */
    private void nullInputs(StringBuilder md) {
        String sql = "PREDICT class USING spam GIVEN SELECT subject, body FROM spam_assassin_all WHERE subject IS NULL OR body IS NULL";
        String met;
        String measured;
        try {
            measured = readAll(sql) + " row(s) predicted";
            met = "yes";
        } catch (SQLException | RuntimeException e) {
            measured = "error: " + SpamModels.oneLine(e.getMessage());
            met = "no";
        }
        ctx.results.add(new Results.Row(SECTION, "PREDICT over NULL inputs", "works", met.equals("yes") ? 1 : 0, "", "",
                Double.NaN, Double.NaN, "no error", met, measured));
        ctx.results.summary(new Results.Summary(SECTION, "PREDICT … GIVEN SELECT over spam rows whose subject or body is NULL",
                "no error", measured, met));
        md.append("\n`spam_rows` replaces a NULL subject or body by '' so that the text figure is measured at all. The NULLs "
                + "themselves: `").append(sql).append("` → ").append(measured.replace("|", "/")).append(".\n");
    }

    private void measure(Case c, StringBuilder md) throws Exception {
        Ctx.log("throughput: " + c.label() + " " + c.rows() + " rows");
        int passes = ctx.quick ? 1 : c.rows() >= 1_000_000 ? 2 : 3;
        double load = Ctx.load();
        try (BareForward limit = new BareForward(BareForward.latestVersion(ctx.dbDir(), c.model()))) {
            List<List<Object>> raw = readColumns("SELECT " + String.join(", ", limit.columns()) + " "
                    + c.given().substring(c.given().indexOf("FROM")), limit.columns().size());
            // warm-up: a short JDBC pass and a short forward
            jdbcPass(c, Math.min(c.rows(), 5_000));
            limit.forward(limit.encode(head(raw, 2_000)), BATCH);
            List<Double> jdbc = new ArrayList<>();
            List<Double> forward = new ArrayList<>();
            List<Double> encode = new ArrayList<>();
            List<Double> select = new ArrayList<>();
            List<Double> viaCalcite = new ArrayList<>();
            List<Double> scored = new ArrayList<>();
            dev.pql.registry.LoadedModel loaded = new dev.pql.registry.ModelStore(ctx.dbDir().resolve("models")).load(c.model(), null);
            score(loaded, head(raw, 2_000));
            for (int p = 0; p < passes; p++) {
                jdbc.add(jdbcPass(c, c.rows()));
                long t0 = System.nanoTime();
                List<Encoded> encoded = limit.encode(raw);
                encode.add(Stats.seconds(System.nanoTime() - t0));
                t0 = System.nanoTime();
                limit.forward(encoded, BATCH);
                forward.add(Stats.seconds(System.nanoTime() - t0));
                t0 = System.nanoTime();
                score(loaded, raw);
                scored.add(Stats.seconds(System.nanoTime() - t0));
                t0 = System.nanoTime();
                readAll(c.given());
                select.add(Stats.seconds(System.nanoTime() - t0));
                java.sql.Connection cc = calcite();
                if (cc != null) {
                    t0 = System.nanoTime();
                    readAll(cc, c.given());
                    viaCalcite.add(Stats.seconds(System.nanoTime() - t0));
                }
            }
            double n = c.rows();
            double rJdbc = n / Stats.median(jdbc);
            double rLimit = n / Stats.median(forward);
            double ratio = rJdbc / rLimit;
            String met = ratio >= 0.5 ? "yes" : "no";
            String name = c.label() + " " + c.rows();
            ctx.results.add(new Results.Row(SECTION, name, "rows_per_s", rJdbc, "rows/s", "bare forward (limit)", rLimit,
                    ratio, ">= 0.5x", met, "JDBC pass s " + jdbc + "; forward s " + forward));
            ctx.results.add(SECTION, name, "preprocess_rows_per_s", n / Stats.median(encode), "rows/s", "encode only");
            ctx.results.add(SECTION, name, "loadedmodel_score_rows_per_s", n / Stats.median(scored), "rows/s",
                    "LoadedModel.score on raw values, " + BATCH + " rows a call: preprocessing + forward, no SQL");
            ctx.results.add(SECTION, name, "select_rows_per_s", n / Stats.median(select), "rows/s", "plain SELECT of the GIVEN rows");
            ctx.results.add(SECTION, name, "calcite_select_rows_per_s", n / Stats.median(viaCalcite), "rows/s",
                    calciteError == null ? "the GIVEN query through Calcite over H2, as the SQL layer runs it" : calciteError);
            ctx.results.summary(new Results.Summary(SECTION, "PREDICT throughput, " + c.label() + ", " + rowsLabel(c.rows())
                    + " rows: JDBC / bare forward", "≥ 0.5×", Stats.fmt(rJdbc) + " vs " + Stats.fmt(rLimit) + " rows/s ("
                    + Stats.ratio(ratio) + ")", met));
            md.append("| ").append(c.label()).append(" | ").append(rowsLabel(c.rows())).append(" | ").append(Stats.fmt(rJdbc))
                    .append(" | ").append(Stats.fmt(rLimit)).append(" | ").append(Stats.ratio(ratio)).append(" | ").append(met)
                    .append(" | ").append(Stats.fmt(n / Stats.median(scored))).append(" | ")
                    .append(Stats.fmt(n / Stats.median(encode))).append(" | ").append(Stats.fmt(n / Stats.median(select)))
                    .append(" | ").append(Stats.fmt(n / Stats.median(viaCalcite)))
                    .append(" | ").append(passes).append(" | ").append(Stats.fmt(load)).append(" |\n");
        }
    }

    static String rowsLabel(long n) {
        return n >= 1_000_000 && n % 1_000_000 == 0 ? n / 1_000_000 + "M" : n >= 1000 && n % 1000 == 0 ? n / 1000 + "k" : String.valueOf(n);
    }

    /** One PREDICT over the first {@code rows} rows, every value read; seconds. */
    private double jdbcPass(Case c, long rows) throws SQLException {
        String given = c.given().replaceAll("id <= \\d+", "id <= " + rows);
        long t0 = System.nanoTime();
        long read = readAll("PREDICT " + c.target() + " USING " + c.model() + " GIVEN " + given);
        double s = Stats.seconds(System.nanoTime() - t0);
        if (read != rows) {
            throw new SQLException("PREDICT returned " + read + " rows, expected " + rows);
        }
        return s;
    }

    /** Runs a query and reads every column of every row; returns the row count. */
    long readAll(String sql) throws SQLException {
        return readAll(ctx.db(), sql);
    }

    static long readAll(java.sql.Connection c, String sql) throws SQLException {
        long rows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= cols; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    /**
     * A Calcite connection over the run's H2 store, set up as the engine's SQL layer sets up its own
     * (JdbcSchema over the store, case-insensitive): the GIVEN query's cost without PQL. Null, with
     * the reason kept, where it cannot be made.
     */
    private java.sql.Connection calcite() {
        if (calcite == null && calciteError == null) {
            try {
                java.util.Properties p = new java.util.Properties();
                p.put("caseSensitive", "false");
                p.put("unquotedCasing", "UNCHANGED");
                p.put("quotedCasing", "UNCHANGED");
                p.put("conformance", "LENIENT");
                java.sql.Connection c = new org.apache.calcite.jdbc.Driver().connect("jdbc:calcite:", p);
                org.apache.calcite.schema.SchemaPlus root = c.unwrap(org.apache.calcite.jdbc.CalciteConnection.class).getRootSchema();
                org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
                ds.setURL("jdbc:h2:file:" + ctx.dbDir().resolve("store") + ";AUTO_SERVER=FALSE");
                root.add("PUBLIC", org.apache.calcite.adapter.jdbc.JdbcSchema.create(root, "PUBLIC", ds, null, "PUBLIC"));
                c.setSchema("PUBLIC");
                calcite = c;
            } catch (SQLException | RuntimeException | LinkageError e) {
                calciteError = "no Calcite connection: " + SpamModels.oneLine(String.valueOf(e));
            }
        }
        return calcite;
    }

    /** A query's columns as lists of raw values (the limit's input). */
    private List<List<Object>> readColumns(String sql, int expected) throws SQLException {
        List<List<Object>> columns = new ArrayList<>();
        try (Statement s = ctx.db().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            if (md.getColumnCount() != expected) {
                throw new SQLException("The model has " + expected + " inputs, the query " + md.getColumnCount());
            }
            for (int i = 0; i < expected; i++) {
                columns.add(new ArrayList<>());
            }
            while (rs.next()) {
                for (int i = 0; i < expected; i++) {
                    columns.get(i).add(rs.getObject(i + 1));
                }
            }
        }
        return columns;
    }

    /** The engine's own scoring entry point on raw values, called as PREDICT calls it: a batch at a time. */
    private static void score(dev.pql.registry.LoadedModel model, List<List<Object>> raw) {
        int n = raw.get(0).size();
        for (int start = 0; start < n; start += BATCH) {
            int from = start;
            int to = Math.min(n, start + BATCH);
            model.score(raw.stream().map(col -> col.subList(from, to)).toList());
        }
    }

    private static List<List<Object>> head(List<List<Object>> columns, int n) {
        return columns.stream().map(c -> c.subList(0, Math.min(n, c.size()))).toList();
    }
}
