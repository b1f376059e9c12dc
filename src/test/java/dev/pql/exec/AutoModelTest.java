package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * model_type auto through JDBC: the default for tabular data, three families on the same folds, an
 * ensemble whose weights SHOW TRIALS and pql.trials list, and a stored version that predicts,
 * explains, reloads, exports, imports and retrains as one model; model_type ecd still pins one family.
 */
class AutoModelTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultSelectsAnEnsembleThatBehavesAsOneModel() throws SQLException {
        String url = "jdbc:pql:" + dir.resolve("db");
        List<String> before;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            table(s);
            try (ResultSet rs = s.executeQuery("EXPLAIN CREATE MODEL m PREDICT y FROM t")) {
                Set<String> candidates = new TreeSet<>();
                while (rs.next()) {
                    if (rs.getString("path").equals("model_type")) {
                        assertEquals("auto", rs.getString("value"));
                        assertEquals("data", rs.getString("source"));
                    }
                    if (rs.getString("path").startsWith("auto.candidates.")) {
                        candidates.add(rs.getString("path").substring("auto.candidates.".length()));
                    }
                }
                assertEquals(Set.of("ecd", "gbm", "linear"), candidates);
            }
            s.executeQuery("CREATE MODEL m PREDICT y FROM t WITH (trainer.epochs = 3)").close();
            double total = 0;
            Set<String> kinds = new TreeSet<>();
            try (ResultSet rs = s.executeQuery("SHOW TRIALS m")) {
                while (rs.next()) {
                    kinds.add(rs.getString("kind"));
                    assertEquals("ok", rs.getString("status"));
                    assertEquals("log_loss", rs.getString("metric"));
                    assertTrue(rs.getDouble("value") > 0);
                    total += rs.getDouble("weight");
                }
            }
            assertEquals(Set.of("ecd", "gbm", "linear"), kinds);
            assertEquals(1.0, total, 1e-3, "ensemble weights are shares");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(weight) FROM pql.trials WHERE model = 'm'")) {
                assertTrue(rs.next());
                assertEquals(3, rs.getInt(1));
                assertEquals(1.0, rs.getDouble(2), 1e-3);
            }
            before = predictions(s, "m");
            try (ResultSet rs = s.executeQuery("PREDICT y WITH EXPLANATION USING m GIVEN a = 1.5, b = 8.0, k = 'p'")) {
                assertTrue(rs.next());
                assertTrue(rs.getString("y_explanation").contains("a"), rs.getString("y_explanation"));
            }
            try (ResultSet rs = s.executeQuery("EVALUATE m GIVEN SELECT * FROM t")) {
                boolean accuracy = false;
                while (rs.next()) {
                    if (rs.getString("metric").equals("accuracy")) {
                        accuracy = true;
                        assertTrue(rs.getDouble("value") > 0.8, "an easy rule: " + rs.getDouble("value"));
                    }
                }
                assertTrue(accuracy);
            }
            s.executeQuery("SHOW CALIBRATION m").close();
            s.executeQuery("SHOW FEATURE IMPORTANCE m").close();
            Path export = dir.resolve("export");
            s.execute("EXPORT MODEL m TO '" + export + "'");
            s.execute("IMPORT MODEL m_copy FROM '" + export + "'");
            assertEquals(before, predictions(s, "m_copy"), "an imported ensemble predicts as the original");
            s.execute("RETRAIN MODEL m WITH (trainer.epochs = 2)");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pql.trials WHERE model = 'm' AND version = 2")) {
                assertTrue(rs.next());
                assertEquals(3, rs.getInt(1), "RETRAIN selects again");
            }
            s.executeQuery("CREATE MODEL pinned PREDICT y FROM t WITH (model_type = 'ecd', trainer.epochs = 2)").close();
            try (ResultSet rs = s.executeQuery("SHOW TRIALS pinned")) {
                assertFalse(rs.next(), "a pinned family tries nothing else");
            }
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertEquals(before, predictions(s, "m VERSION 1"), "the stored ensemble predicts what the trained one did");
        }
    }

    /** 80 rows: y is 'hi' when a + b > 10, with a category that does not matter. */
    private static void table(Statement s) throws SQLException {
        s.execute("CREATE TABLE t (a DOUBLE, b DOUBLE, k VARCHAR, y VARCHAR)");
        StringBuilder insert = new StringBuilder("INSERT INTO t VALUES ");
        for (int i = 0; i < 80; i++) {
            double a = (i * 37 % 100) / 10.0;
            double b = (i * 53 % 100) / 10.0;
            insert.append(i == 0 ? "" : ", ").append("(").append(a).append(", ").append(b).append(", '")
                    .append(i % 2 == 0 ? "p" : "q").append("', '").append(a + b > 10 ? "hi" : "lo").append("')");
        }
        s.execute(insert.toString());
    }

    private static List<String> predictions(Statement s, String model) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PREDICT y WITH CONFIDENCE USING " + model
                + " GIVEN SELECT a, b, k FROM t WHERE a < 3")) {
            while (rs.next()) {
                out.add(rs.getString("y") + ":" + Math.round(rs.getDouble("y_probability") * 1e4));
            }
        }
        return out;
    }
}
