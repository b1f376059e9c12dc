package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * K-fold bagging through JDBC: small tabular data trains five models by default, every row trains,
 * the validation metric is out-of-fold, the saved version predicts what the trained one did, and
 * trainer.folds = 1 goes back to one model with a test split.
 */
class FoldsTest {
    @TempDir
    Path dir;

    @Test
    void smallTabularDataTrainsFiveFoldsAndReloadsTheAverage() throws SQLException {
        String url = "jdbc:pql:" + dir.resolve("db");
        List<Double> before;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x DOUBLE, c VARCHAR, y DOUBLE)");
            StringBuilder insert = new StringBuilder("INSERT INTO t VALUES ");
            for (int i = 0; i < 200; i++) {
                double x = (i * 37 % 100) / 10.0;
                String c2 = i % 3 == 0 ? "a" : "b";
                insert.append(i == 0 ? "" : ", ").append("(").append(x).append(", '").append(c2).append("', ")
                        .append(2 * x + (c2.equals("a") ? 5 : 0)).append(")");
            }
            s.execute(insert.toString());
            try (ResultSet rs = s.executeQuery("CREATE MODEL m PREDICT y FROM t WITH (trainer.epochs = 3)")) {
                assertTrue(rs.next());
                assertTrue(rs.getDouble("validation") > 0.5, "out-of-fold r2 of an easy rule: " + rs.getDouble("validation"));
                assertNull(rs.getObject("test"), "every row trains: no test split by default with folds");
            }
            try (ResultSet rs = s.executeQuery("SELECT training_rows, test_rows FROM pql.model_versions WHERE model = 'm'")) {
                assertTrue(rs.next());
                assertEquals(200, rs.getInt(1));
                assertEquals(0, rs.getInt(2));
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT fold) FROM pql.training_log WHERE model = 'm'")) {
                assertTrue(rs.next());
                assertEquals(5, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SHOW FEATURE IMPORTANCE m")) {
                assertTrue(rs.next());
                java.sql.SQLWarning w = s.getWarnings();
                assertTrue(w != null && w.getMessage().contains("kept no test rows"),
                        "diagnostics without test rows say they measure training rows: " + w);
            }
            before = predictions(s, "m");
            s.executeQuery("CREATE MODEL single PREDICT y FROM t WITH (trainer.epochs = 3, trainer.folds = 1)").close();
            assertNotEquals(before, predictions(s, "single"));
            try (ResultSet rs = s.executeQuery("SELECT test_rows FROM pql.model_versions WHERE model = 'single'")) {
                assertTrue(rs.next());
                assertTrue(rs.getInt(1) > 0, "one model keeps a test split");
            }
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertEquals(before, predictions(s, "m"), "the stored folds predict what the trained ones did");
        }
    }

    private static List<Double> predictions(Statement s, String model) throws SQLException {
        List<Double> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PREDICT y USING " + model + " GIVEN SELECT x, c FROM t WHERE x < 3")) {
            while (rs.next()) {
                out.add(rs.getDouble("y"));
            }
        }
        return out;
    }
}
