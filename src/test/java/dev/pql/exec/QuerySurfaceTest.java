package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PREDICT's options, EVALUATE slices, diagnostics and versions, through JDBC. */
class QuerySurfaceTest {
    static Connection conn;

    @BeforeAll
    static void setUp() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:mem:");
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE reviews (id INT PRIMARY KEY, review VARCHAR, color VARCHAR, amount DOUBLE, "
                    + "label VARCHAR, score DOUBLE)");
            s.execute("CREATE TABLE holdout AS SELECT * FROM reviews WHERE 1 = 0");
        }
        EndToEndTest.insert(conn, "reviews", 300, 5);
        EndToEndTest.insert(conn, "holdout", 60, 6);
        try (Statement s = conn.createStatement()) {
            // the network pinned (issue 15 made auto the default on small data): these tests are about its syntax
            s.execute("CREATE MODEL senti PREDICT label GIVEN review, color FROM reviews "
                    + "WITH (model_type = 'ecd', trainer.epochs = 2, trainer.learning_rate = 0.02, trainer.batch_size = 16)");
            s.execute("CREATE TABLE flags AS SELECT id, review, color, amount, label = 'good' AS good FROM reviews");
            s.execute("CREATE MODEL flagger PREDICT good GIVEN review, amount FROM flags "
                    + "WITH (model_type = 'ecd', trainer.epochs = 2, trainer.learning_rate = 0.02, trainer.batch_size = 16)");
        }
    }

    @AfterAll
    static void tearDown() throws SQLException {
        conn.close();
    }

    static List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void aliasProbabilitiesOfAndExplanation() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
                "PREDICT label AS verdict WITH CONFIDENCE, PROBABILITIES OF ('GOOD'), EXPLANATION USING senti "
                        + "GIVEN review = 'the box was great', color = 'red'")) {
            assertEquals("review,color,verdict,verdict_probability,verdict_probabilities_good,verdict_explanation",
                    EndToEndTest.columns(rs.getMetaData()));
            assertEquals(Types.VARCHAR, rs.getMetaData().getColumnType(6));
            assertTrue(rs.next());
            assertEquals("good", rs.getString("verdict"));
            String json = rs.getString("verdict_explanation");
            assertTrue(json.matches("\\{\"review\": -?[0-9.]+, \"color\": -?[0-9.]+\\}"), json);
            double review = Double.parseDouble(json.replaceAll(".*\"review\": (-?[0-9.]+).*", "$1"));
            double color = Double.parseDouble(json.replaceAll(".*\"color\": (-?[0-9.]+).*", "$1"));
            assertTrue(review > color, "the words decide, not the colour: " + json);
        }
        SQLException e = assertThrows(SQLException.class, () -> rows(
                "PREDICT label WITH PROBABILITIES OF ('goood') USING senti GIVEN color = 'red'"));
        assertTrue(e.getMessage().contains("Did you mean 'good'?"), e.getMessage());
    }

    @Test
    void binaryOutputsProbabilityOfTrue() throws SQLException {
        Map<String, Object> row = rows("PREDICT good WITH CONFIDENCE, PROBABILITIES USING flagger "
                + "GIVEN review = 'it was awful', amount = 0").get(0);
        assertEquals(Boolean.FALSE, row.get("good"));
        double p = (Double) row.get("good_probability");
        assertEquals(p, (Double) row.get("good_probabilities_true"), 1e-9);
        assertEquals(1 - p, (Double) row.get("good_probabilities_false"), 1e-9);
    }

    @Test
    void whatIfGridIsTheCrossProduct() throws SQLException {
        List<Map<String, Object>> rows = rows("PREDICT label USING senti GIVEN review = ARRAY['great', 'awful'], "
                + "color = 'red', n = RANGE(1, 2, 0.5)");
        assertEquals(6, rows.size());
        assertEquals("great", rows.get(0).get("review"));
        assertEquals(1.0, rows.get(0).get("n"));
        assertEquals(2.0, rows.get(2).get("n"));
        assertEquals("awful", rows.get(3).get("review"));
    }

    @Test
    void missingInputIsFilledWithAWarning() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
                "PREDICT label USING senti GIVEN review = 'love it'")) {
            assertTrue(rs.next());
            SQLWarning w = s.getWarnings();
            assertNotNull(w);
            assertTrue(w.getMessage().contains("no column for feature(s) color"), w.getMessage());
        }
        // SHOW WARNINGS answers the last statement's warnings, and does not count as a statement itself
        for (int i = 0; i < 2; i++) {
            List<Map<String, Object>> shown = rows("SHOW WARNINGS");
            assertEquals(1, shown.size());
            assertEquals("01000", shown.get(0).get("sqlstate"));
            assertTrue(shown.get(0).get("message").toString().contains("color"));
        }
        rows("SELECT 1");
        assertTrue(rows("SHOW WARNINGS").isEmpty(), "a statement without warnings clears them");
    }

    @Test
    void withoutUsingTheModelThatPredictsTheTarget() throws SQLException {
        assertEquals(1, rows("PREDICT good GIVEN review = 'great', amount = 1").size());
        SQLException e = assertThrows(SQLException.class, () -> rows("PREDICT colour GIVEN review = 'x'"));
        assertTrue(e.getMessage().startsWith("No model predicts 'colour'"), e.getMessage());
    }

    @Test
    void evaluateBySlice() throws SQLException {
        List<Map<String, Object>> rows = rows("EVALUATE senti GIVEN SELECT * FROM holdout GROUP BY color");
        List<String> slices = rows.stream().map(r -> (String) r.get("slice")).distinct().toList();
        assertEquals("overall", slices.get(0));
        assertTrue(slices.containsAll(List.of("color=red", "color=green", "color=blue")), slices.toString());
        double sliceRows = rows.stream().filter(r -> !"overall".equals(r.get("slice")) && "row_count".equals(r.get("metric")))
                .mapToDouble(r -> (Double) r.get("value")).sum();
        assertEquals(60.0, sliceRows);
        SQLException e = assertThrows(SQLException.class, () -> rows("EVALUATE senti GIVEN SELECT * FROM holdout GROUP BY colr"));
        assertTrue(e.getMessage().contains("Did you mean 'COLOR'?"), e.getMessage());
    }

    @Test
    void diagnostics() throws SQLException {
        List<Map<String, Object>> matrix = rows("SHOW CONFUSION MATRIX senti GIVEN SELECT * FROM holdout");
        assertEquals(60, matrix.stream().mapToInt(r -> (Integer) r.get("count")).sum());
        assertTrue(matrix.stream().allMatch(r -> List.of("good", "bad").contains(r.get("actual"))));
        assertFalse(rows("SHOW CONFUSION MATRIX senti").isEmpty(), "defaults to the version's test split");

        List<Map<String, Object>> calibration = rows("SHOW CALIBRATION flagger GIVEN SELECT *, label = 'good' AS good FROM holdout");
        assertEquals(10, calibration.size());
        assertEquals(60, calibration.stream().mapToInt(r -> (Integer) r.get("rows")).sum());
        List<Map<String, Object>> roc = rows("SHOW ROC flagger GIVEN SELECT *, label = 'good' AS good FROM holdout");
        assertEquals(101, roc.size());
        assertEquals(1.0, roc.get(0).get("true_positive_rate"));
        // Each point is what the model's own probabilities give at that threshold (not only what holds for any scores).
        List<Map<String, Object>> scored = rows("SELECT label, good_probabilities_true AS p FROM (PREDICT good WITH "
                + "PROBABILITIES USING flagger GIVEN SELECT * FROM holdout) q");
        for (int i : new int[] {25, 50, 75}) {
            double t = i / 100.0;
            long pos = scored.stream().filter(r -> "good".equals(r.get("label"))).count();
            long tp = scored.stream().filter(r -> "good".equals(r.get("label")) && (Double) r.get("p") >= t).count();
            long fp = scored.stream().filter(r -> !"good".equals(r.get("label")) && (Double) r.get("p") >= t).count();
            assertEquals((double) tp / pos, (Double) roc.get(i).get("true_positive_rate"), 1e-9, "TPR at " + t);
            assertEquals((double) fp / (scored.size() - pos), (Double) roc.get(i).get("false_positive_rate"), 1e-9,
                    "FPR at " + t);
        }

        List<Map<String, Object>> importance = rows("SHOW FEATURE IMPORTANCE senti GIVEN SELECT * FROM holdout");
        assertEquals("review", importance.get(0).get("feature"));
        assertEquals(1, importance.get(0).get("rank"));
        SQLException e = assertThrows(SQLException.class, () -> rows("SHOW ROC senti"));
        assertTrue(e.getMessage().contains("needs a binary or set output"), e.getMessage());
    }

    @Test
    void versionsRetrainActivateExportImport(@TempDir Path dir) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL v PREDICT label GIVEN color FROM reviews WITH (trainer.epochs = 1)");
            s.execute("RETRAIN MODEL v WITH (trainer.epochs = 2)");
            assertEquals(2, activeVersion("v"));
            s.execute("ALTER MODEL v SET ACTIVE VERSION 1");
            assertEquals(1, activeVersion("v"));
            assertEquals(1, (Integer) rows("EVALUATE v GIVEN SELECT * FROM holdout").get(0).get("version"));
            SQLException e = assertThrows(SQLException.class, () -> s.execute("ALTER MODEL v SET ACTIVE VERSION 9"));
            assertEquals("42P02", e.getSQLState());

            Path export = dir.resolve("v-export");
            s.execute("EXPORT MODEL v VERSION 2 TO '" + export + "'");
            assertTrue(Files.exists(export.resolve("weights.params")));
            s.execute("IMPORT MODEL v_copy FROM '" + export + "'");
            Map<String, Object> a = rows("PREDICT label WITH CONFIDENCE USING v VERSION 2 GIVEN color = 'red'").get(0);
            Map<String, Object> b = rows("PREDICT label WITH CONFIDENCE USING v_copy GIVEN color = 'red'").get(0);
            assertEquals(a.get("label_probability"), b.get("label_probability"), "an imported copy predicts the same");
            e = assertThrows(SQLException.class, () -> s.execute("EXPORT MODEL v TO '" + export + "'"));
            assertTrue(e.getMessage().contains("already exists"), e.getMessage());
            s.execute("CREATE OR REPLACE MODEL v PREDICT label GIVEN color FROM reviews WITH (trainer.epochs = 1)");
            assertEquals(3, activeVersion("v"), "a new version is active again");
        }
    }

    static int activeVersion(String model) throws SQLException {
        return rows("SHOW MODELS").stream().filter(r -> model.equals(r.get("model")))
                .map(r -> (Integer) r.get("active_version")).findFirst().orElseThrow();
    }

    @Test
    void evaluateNeedsTheTarget() {
        SQLException e = assertThrows(SQLException.class, () -> rows("EVALUATE senti GIVEN SELECT review, color FROM holdout"));
        assertEquals("42S22", e.getSQLState());
        assertTrue(e.getMessage().contains("label"), "names the missing target column: " + e.getMessage());
    }
}
