package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HYPEROPT through JDBC on tiny data: the clause and Ludwig's hyperopt section search the same way,
 * every trial is a row of pql.trials, the best trial's values are the version's config, bad spaces
 * are 42P10 errors naming their path, and a cancelled search keeps nothing.
 */
class HyperoptTest {
    @TempDir
    Path dir;

    @Test
    void theClauseSearchesAndTheBestTrialBecomesTheVersion() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            table(s);
            String create = "CREATE MODEL m PREDICT y FROM t HYPEROPT (trainer.learning_rate = LOGUNIFORM(0.001, 0.1), "
                    + "combiner.output_size = CHOICE(8, 16)) WITH (trainer.epochs = 2, "
                    + "hyperopt.executor.num_samples = 3, hyperopt.metric = 'accuracy', hyperopt.goal = 'maximize')";
            Map<String, String> explained = paths(s, "EXPLAIN " + create, "source");
            try (ResultSet rs = s.executeQuery("EXPLAIN " + create)) {
                String warnings = String.valueOf(s.getWarnings());
                java.sql.SQLWarning w = s.getWarnings();
                StringBuilder all = new StringBuilder();
                for (; w != null; w = w.getNextWarning()) {
                    all.append(w.getMessage()).append('\n');
                }
                assertTrue(all.toString().contains("hyperopt will train 3 trial(s)"), warnings + all);
            }
            assertEquals("hyperopt", explained.get("trainer.learning_rate"));
            assertEquals("hyperopt", explained.get("combiner.output_size"));
            s.executeQuery(create).close();
            List<String> chosen = new ArrayList<>();
            int rows = 0;
            try (ResultSet rs = s.executeQuery("SELECT trial, kind, parameters, metric, \"value\", weight, status "
                    + "FROM pql.trials WHERE model = 'm' ORDER BY trial")) {
                while (rs.next()) {
                    rows++;
                    assertEquals("hyperopt", rs.getString("kind"));
                    assertEquals("accuracy", rs.getString("metric"));
                    assertEquals("ok", rs.getString("status"));
                    assertTrue(rs.getString("parameters").contains("trainer.learning_rate: "), rs.getString("parameters"));
                    if (rs.getDouble("weight") > 0) {
                        chosen.add(rs.getString("parameters"));
                    }
                }
            }
            assertEquals(3, rows, "one row per trial");
            assertEquals(1, chosen.size(), "one trial is the version");
            Map<String, String> config = paths(s, "SHOW CONFIG m PATHS", "value");
            assertTrue(chosen.get(0).contains("combiner.output_size: " + config.get("combiner.output_size")),
                    chosen + " vs " + config.get("combiner.output_size"));
            assertTrue(chosen.get(0).contains("trainer.learning_rate: "), chosen.get(0));
            double lr = Double.parseDouble(config.get("trainer.learning_rate"));
            assertTrue(lr >= 0.001 && lr <= 0.1 && lr != 0.001 && lr != 0.1, "sampled, not a bound: " + lr);
            try (ResultSet rs = s.executeQuery("PREDICT y USING m GIVEN a = 9.0, b = 8.0")) {
                assertTrue(rs.next());
            }
        }
    }

    @Test
    void ludwigsHyperoptSectionSearchesTheGrid() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            table(s);
            s.executeQuery("CREATE MODEL g PREDICT y FROM t WITH (trainer.epochs = 1) CONFIG '"
                    + "hyperopt:\n"
                    + "  parameters:\n"
                    + "    combiner.num_fc_layers: {space: choice, categories: [1, 2]}\n"
                    + "    combiner.output_size: {space: grid_search, values: [4, 8]}\n"
                    + "  search_alg: {type: grid}\n"
                    + "  goal: minimize\n"
                    + "  metric: loss\n'").close();
            List<String> parameters = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT parameters FROM pql.trials WHERE model = 'g' ORDER BY trial")) {
                while (rs.next()) {
                    parameters.add(rs.getString(1));
                }
            }
            assertEquals(List.of("{combiner.num_fc_layers: 1, combiner.output_size: 4}",
                    "{combiner.num_fc_layers: 1, combiner.output_size: 8}",
                    "{combiner.num_fc_layers: 2, combiner.output_size: 4}",
                    "{combiner.num_fc_layers: 2, combiner.output_size: 8}"), parameters, "every combination once");
            try (ResultSet rs = s.executeQuery("SHOW CONFIG g")) {
                assertTrue(rs.next());
                assertFalse(rs.getString(1).contains("hyperopt"), "a version's config is one trial's");
            }
        }
    }

    @Test
    void badSpacesAreErrorsNamingThePath() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            table(s);
            String head = "CREATE MODEL bad PREDICT y FROM t HYPEROPT (";
            assertError(s, head + "combiner.output_size = NORMALISH(1, 2))", "42P10",
                    "hyperopt.parameters.combiner.output_size.space");
            assertError(s, head + "trainer.learning_rate = UNIFORM(0.1, 0.01))", "42P10",
                    "hyperopt.parameters.trainer.learning_rate");
            assertError(s, head + "trainer.learnin_rate = UNIFORM(0.01, 0.1))", "42P10",
                    "hyperopt.parameters.trainer.learnin_rate");
            assertError(s, head + "combiner.output_size = UNIFORM(1, 8))", "42P10",
                    "hyperopt.parameters.combiner.output_size");
            assertError(s, head + "combiner.output_size = CHOICE(4, 8)) WITH (hyperopt.search_alg.type = 'bohb')",
                    "0A000", "hyperopt.search_alg.type");
            assertError(s, head + "combiner.output_size = CHOICE(4, 8)) WITH (hyperopt.search_alg.type = 'hyperpot')",
                    "42P10", "hyperopt.search_alg.type");
            assertError(s, head + "combiner.output_size = CHOICE(4, 8)) WITH (hyperopt.executor.scheduler.type = "
                    + "'pbt')", "0A000", "hyperopt.executor.scheduler.type");
            assertError(s, head + "combiner.output_size = CHOICE(4, 8)) WITH (hyperopt.executor.scheduler.type = "
                    + "'async_hyperband', hyperopt.executor.scheduler.reduction_factor = 1)", "42P10",
                    "hyperopt.executor.scheduler.reduction_factor");
            assertError(s, head + "combiner.output_size = CHOICE(4, 8)) WITH (hyperopt.executor.num_sample = 3)",
                    "42P10", "hyperopt.executor.num_sample");
            assertError(s, head + "combiner.output_size = CHOICE(4, 8)) WITH (hyperopt.goal = 'max')", "42P10",
                    "hyperopt.goal");
            assertError(s, head + "combiner.output_size = CHOICE(4, 8)) WITH (hyperopt.metric = 'r2')", "42P10",
                    "hyperopt.metric");
            assertError(s, "CREATE MODEL bad PREDICT y FROM t CONFIG 'hyperopt: {parameters: {trainer.learning_rate: "
                    + "{space: loguniform, lower: 0.1, upper: 0.01}}}'", "42P10", "hyperopt.parameters.trainer.learning_rate");
            try (ResultSet rs = s.executeQuery("SHOW MODELS")) {
                assertFalse(rs.next(), "no model from a refused search");
            }
        }
    }

    @Test
    void cancelStopsTheSearchAndKeepsNothing() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            table(s);
            Thread canceller = new Thread(() -> {
                try {
                    Thread.sleep(1500);
                    s.cancel();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            canceller.start();
            SQLException e = assertThrows(SQLException.class, () -> s.execute("CREATE MODEL slow PREDICT y FROM t "
                    + "HYPEROPT (combiner.output_size = CHOICE(4, 8)) WITH (hyperopt.executor.num_samples = 500, "
                    + "trainer.epochs = 50, trainer.batch_size = 1, trainer.early_stop = -1)"));
            canceller.join();
            assertEquals("57014", e.getSQLState(), e.getMessage());
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pql.trials WHERE model = 'slow'")) {
                assertTrue(rs.next());
                assertEquals(0, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SHOW MODELS")) {
                assertFalse(rs.next(), "a cancelled search keeps nothing");
            }
        }
    }

    private static void assertError(Statement s, String sql, String state, String path) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertEquals(state, e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().contains(path), e.getMessage());
    }

    /**
     * Ludwig's model-based search (search_alg hyperopt: TPE) with Ray's successive-halving scheduler
     * on gbm trials, which train on one core each and so two at a time here: every trial is a row,
     * the poor ones stopped at a rung say so, and the version is the best trial.
     */
    @Test
    void treeParzenSearchWithSuccessiveHalvingOnGbm() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            table(s);
            String create = "CREATE MODEL tpe PREDICT y FROM t WITH (model_type = 'gbm', trainer.early_stop = -1, "
                    + "trainer.num_boost_round = 40, trainer.min_data_in_leaf = 2) CONFIG '"
                    + "hyperopt:\n"
                    + "  parameters:\n"
                    + "    trainer.learning_rate: {space: loguniform, lower: 0.0001, upper: 0.5}\n"
                    + "    trainer.num_leaves: {space: randint, lower: 2, upper: 16}\n"
                    + "  search_alg: {type: hyperopt, n_initial_points: 3}\n"
                    + "  executor:\n"
                    + "    type: ray\n"
                    + "    num_samples: 8\n"
                    + "    scheduler: {type: async_hyperband, max_t: 40, grace_period: 5, reduction_factor: 2}\n"
                    + "  metric: loss\n"
                    + "  goal: minimize\n'";
            StringBuilder explained = new StringBuilder();
            try (ResultSet rs = s.executeQuery("EXPLAIN " + create)) {
                for (java.sql.SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                    explained.append(w.getMessage());
                }
            }
            assertTrue(explained.toString().contains("TPE search") && explained.toString().contains("successive halving"),
                    explained.toString());
            s.executeQuery(create).close();
            StringBuilder notes = new StringBuilder();
            for (java.sql.SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                notes.append(w.getMessage()).append('\n');
            }
            if (Runtime.getRuntime().availableProcessors() >= 2) {
                assertTrue(notes.toString().contains("trials at once, one core each"), notes.toString());
            }
            int rows = 0;
            int stopped = 0;
            double best = Double.POSITIVE_INFINITY;
            double chosen = Double.NaN;
            try (ResultSet rs = s.executeQuery("SELECT trial, \"value\", weight, status FROM pql.trials WHERE model = "
                    + "'tpe' ORDER BY trial")) {
                while (rs.next()) {
                    rows++;
                    String status = rs.getString("status");
                    assertTrue(status.equals("ok") || status.matches("stopped at evaluation \\d+ by successive halving"),
                            status);
                    stopped += status.startsWith("stopped") ? 1 : 0;
                    best = Math.min(best, rs.getDouble("value"));
                    if (rs.getDouble("weight") > 0) {
                        chosen = rs.getDouble("value");
                    }
                }
            }
            assertEquals(8, rows, "num_samples trials");
            assertTrue(stopped > 0, "a learning rate of 1e-4 cannot keep up at the rungs: some trials stop early");
            assertEquals(best, chosen, 1e-12, "the version is the trial with the lowest held-out loss");
        }
    }

    private static Map<String, String> paths(Statement s, String sql, String column) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString("path"), rs.getString(column));
            }
        }
        return out;
    }

    /** 40 rows: y is 'hi' when a + b > 10. */
    private static void table(Statement s) throws SQLException {
        s.execute("CREATE TABLE t (a DOUBLE, b DOUBLE, y VARCHAR)");
        StringBuilder insert = new StringBuilder("INSERT INTO t VALUES ");
        for (int i = 0; i < 40; i++) {
            double a = (i * 37 % 100) / 10.0;
            double b = (i * 53 % 100) / 10.0;
            insert.append(i == 0 ? "" : ", ").append("(").append(a).append(", ").append(b).append(", '")
                    .append(a + b > 10 ? "hi" : "lo").append("')");
        }
        s.execute(insert.toString());
    }
}
