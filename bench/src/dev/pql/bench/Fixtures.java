package dev.pql.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * What the speed sections predict with, made once per database: the default spam model
 * ({@code spam}), a generated tabular table ({@code gen}: id, four numbers, a category, a label
 * that depends on them, deterministic) with its model ({@code gen_model}), and the spam rows
 * repeated to any length ({@code spam_rows}).
 */
final class Fixtures {
    static final String GEN_COLUMNS = "id, x1, x2, x3, x4, c";
    private static final Set<String> DONE = new HashSet<>();
    private static long genRows;
    /** Per database folder, the rows its spam_rows has. */
    private static final java.util.Map<String, Long> SPAM_ROWS = new java.util.HashMap<>();

    private Fixtures() {
    }

    /** The default spam model, as a user would make it (section 1 makes the same one and says so). */
    static void spamModel(Ctx ctx) throws SQLException {
        ctx.dataset("spam_assassin");
        if (DONE.add("spam@" + ctx.dbDir())) {
            Ctx.log("fixture: CREATE MODEL spam (default config)");
            exec(ctx.db(), "CREATE OR REPLACE MODEL spam PREDICT class FROM spam_assassin_train");
        }
    }

    /** Section 1 trained {@code spam} with the default config (seed 42): no need to train it again. */
    static void spamModelMade(Ctx ctx) {
        DONE.add("spam@" + ctx.dbDir());
    }

    /** The generated table {@code gen} with ids 1..rows (primary key, so {@code id <= n} reads a prefix). */
    static void genTable(Connection c, long rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS gen");
            s.execute("CREATE TABLE gen (id BIGINT PRIMARY KEY, x1 DOUBLE, x2 DOUBLE, x3 DOUBLE, x4 DOUBLE, "
                    + "c VARCHAR(8), label VARCHAR(8))");
            s.execute("INSERT INTO gen SELECT X, MOD(X * 7919, 1000) / 10.0, MOD(X * 104729, 997) / 9.97, "
                    + "MOD(X * 31, 101) * 1.0, MOD(X * 17 + 3, 53) / 5.3, 'c' || MOD(X * 13, 8), "
                    + "CASE WHEN MOD(X * 7919, 1000) / 10.0 + MOD(X * 104729, 997) / 9.97 > 100 THEN 'a' "
                    + "WHEN MOD(X * 13, 8) < 3 THEN 'b' ELSE 'c' END FROM SYSTEM_RANGE(1, " + rows + ")");
        }
    }

    static void genModel(Connection c) throws SQLException {
        // Pinned to the network: the throughput section compares PREDICT with the bare forward pass of
        // that network (BareForward rebuilds it from the weights), which an auto ensemble does not have.
        exec(c, "CREATE OR REPLACE MODEL gen_model PREDICT label GIVEN x1, x2, x3, x4, c "
                + "FROM (SELECT * FROM gen WHERE id <= 20000) WITH (model_type = 'ecd', trainer.epochs = 3)");
    }

    /** The table (at least {@code rows} rows) and model of the tabular benchmarks in the run's database. */
    static void gen(Ctx ctx, long rows) throws SQLException {
        if (genRows < rows) {
            genRows = rows;
            Ctx.log("fixture: generated table gen, " + rows + " rows");
            genTable(ctx.db(), rows);
            Ctx.log("fixture: CREATE MODEL gen_model");
            genModel(ctx.db());
        }
    }

    /**
     * {@code spam_rows}: the spam rows (subject, body, class) repeated to {@code rows} rows, ids from 1. A
     * missing subject or body becomes '' here: PREDICT over NULL inputs is checked on its own.
     */
    static void spamRows(Ctx ctx, long rows) throws SQLException {
        ctx.dataset("spam_assassin");
        // Made again only when a larger one is asked for: the rows with id <= n are the same at any size.
        if (SPAM_ROWS.getOrDefault(ctx.dbDir().toString(), 0L) < rows) {
            SPAM_ROWS.put(ctx.dbDir().toString(), rows);
            long copies = (rows + 6045) / 6046;
            try (Statement s = ctx.db().createStatement()) {
                s.execute("DROP TABLE IF EXISTS spam_rows");
                s.execute("CREATE TABLE spam_rows (id BIGINT PRIMARY KEY, subject VARCHAR, body VARCHAR, class VARCHAR)");
                s.execute("INSERT INTO spam_rows SELECT (X - 1) * 6046 + a.rn, COALESCE(a.subject, ''), COALESCE(a.body, ''), "
                        + "a.class "
                        + "FROM spam_assassin_all a "
                        + "CROSS JOIN SYSTEM_RANGE(1, " + copies + ") WHERE (X - 1) * 6046 + a.rn <= " + rows);
            }
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
