package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.error.ErrorCode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A multi-label (set) output through PREDICT, EVALUATE and the diagnostics: one model trained on
 * tags that follow a rule of the inputs (red: warm, blue: cool, green: fresh; amount above 0: big).
 */
class SetOutputTest {
    static final List<String> MEMBERS = List.of("big", "cool", "fresh", "warm");
    static Connection conn;

    @BeforeAll
    static void trainTagger() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:mem:");
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE items (id INT PRIMARY KEY, color VARCHAR, amount DOUBLE, tags VARCHAR)");
            s.execute("CREATE TABLE holdout AS SELECT * FROM items WHERE 1 = 0");
            insert("items", 400, 1);
            insert("holdout", 120, 2);
            try (ResultSet rs = s.executeQuery("CREATE MODEL tagger PREDICT tags SET GIVEN color, amount FROM items "
                    + "WITH (trainer.epochs = 3, trainer.learning_rate = 0.02, trainer.batch_size = 16)")) {
                org.junit.jupiter.api.Assertions.assertTrue(rs.next());
                // the headline of a set output is jaccard, which it has (accuracy it has not: it was NULL)
                org.junit.jupiter.api.Assertions.assertEquals("jaccard", rs.getString("metric"));
                rs.getDouble("validation");
                org.junit.jupiter.api.Assertions.assertFalse(rs.wasNull(), "a validation jaccard");
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    static void insert(String table, int rows, long seed) throws SQLException {
        Random r = new Random(seed);
        String[] colors = {"red", "green", "blue"};
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                String color = colors[r.nextInt(3)];
                double amount = r.nextGaussian();
                p.setInt(1, i);
                p.setString(2, color);
                p.setDouble(3, amount);
                p.setString(4, String.join(" ", expected(color, amount)));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The rule the model must learn. */
    static Set<String> expected(String color, double amount) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(switch (color) {
            case "red" -> "warm";
            case "blue" -> "cool";
            default -> "fresh";
        });
        if (amount > 0) {
            tags.add("big");
        }
        return tags;
    }

    static Set<String> members(String value) {
        return value.isEmpty() ? Set.of() : new HashSet<>(List.of(value.split(" ")));
    }

    @Test
    void predictGivesTheLabelsTheirMeanProbabilityAndEachMembersProbability() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("PREDICT tags WITH CONFIDENCE, "
                + "PROBABILITIES USING tagger GIVEN SELECT id, color, amount FROM holdout ORDER BY id")) {
            ResultSetMetaData md = rs.getMetaData();
            assertEquals(5 + MEMBERS.size(), md.getColumnCount());
            assertEquals("tags", md.getColumnLabel(4));
            assertEquals(Types.VARCHAR, md.getColumnType(4));
            assertEquals("tags_probability", md.getColumnLabel(5));
            Set<String> probabilityColumns = new HashSet<>();
            for (int c = 5; c <= md.getColumnCount(); c++) {
                assertEquals(Types.DOUBLE, md.getColumnType(c), md.getColumnLabel(c));
                probabilityColumns.add(md.getColumnLabel(c));
            }
            for (String m : MEMBERS) {
                assertTrue(probabilityColumns.contains("tags_probabilities_" + m), probabilityColumns.toString());
            }
            int rows = 0;
            int exact = 0;
            while (rs.next()) {
                rows++;
                Set<String> predicted = members(rs.getString("tags"));
                exact += predicted.equals(expected(rs.getString("color"), rs.getDouble("amount"))) ? 1 : 0;
                double sum = 0;
                for (String m : MEMBERS) {
                    double p = rs.getDouble("tags_probabilities_" + m);
                    assertEquals(predicted.contains(m), p >= 0.5, m + " at " + p + " vs " + predicted);
                    sum += predicted.contains(m) ? p : 0;
                }
                double confidence = rs.getDouble("tags_probability");
                if (predicted.isEmpty()) {
                    assertTrue(rs.wasNull(), "no member predicted: no confidence");
                } else {
                    assertEquals(sum / predicted.size(), confidence, 1e-6);
                }
            }
            assertEquals(120, rows);
            assertTrue(exact >= 100, "exactly right label sets " + exact + "/120 on a rule a model must learn");
        }
    }

    @Test
    void probabilitiesOfAnUnknownMemberNamesTheMembers() throws SQLException {
        try (Statement s = conn.createStatement()) {
            try (ResultSet rs = s.executeQuery("PREDICT tags WITH PROBABILITIES OF ('warm') USING tagger "
                    + "GIVEN color = 'red', amount = 1.0")) {
                assertEquals("color,amount,tags,tags_probabilities_warm", EndToEndTest.columns(rs.getMetaData()));
                assertTrue(rs.next());
                assertEquals(Set.of("warm", "big"), members(rs.getString("tags")));
            }
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("PREDICT tags WITH PROBABILITIES "
                    + "OF ('wram') USING tagger GIVEN color = 'red', amount = 1.0"));
            assertEquals(ErrorCode.INVALID_DATA.sqlState(), e.getSQLState());
            assertTrue(e.getMessage().contains("set members are") && e.getMessage().contains("warm"), e.getMessage());
        }
    }

    /** The shape the REST endpoint asks for: a prepared literal PREDICT with confidence and every probability. */
    @Test
    void preparedLiteralPredictAsRestAsksIt() throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("PREDICT \"tags\" WITH CONFIDENCE, PROBABILITIES "
                + "USING tagger GIVEN \"color\" = ?, \"amount\" = ?")) {
            ps.setString(1, "blue");
            ps.setDouble(2, -1.5);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(Set.of("cool"), members(rs.getString("tags")));
                assertTrue(rs.getDouble("tags_probability") >= 0.5);
            }
        }
    }

    @Test
    void evaluateGivesJaccardOverallAndPerSlice() throws SQLException {
        Map<String, Map<String, Double>> slices = new HashMap<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("EVALUATE tagger GIVEN SELECT * FROM holdout GROUP BY color")) {
            while (rs.next()) {
                assertEquals("tags", rs.getString("target"));
                slices.computeIfAbsent(rs.getString("slice"), k -> new HashMap<>()).put(rs.getString("metric"),
                        rs.getDouble("value"));
            }
        }
        Map<String, Double> overall = slices.get("overall");
        assertEquals(Set.of("row_count", "jaccard", "precision", "recall", "f1"), overall.keySet());
        assertEquals(120.0, overall.get("row_count"));
        // Always answering the commonest member alone scores about 0.25 here; the rule is easy to learn.
        assertTrue(overall.get("jaccard") >= 0.9 && overall.get("jaccard") <= 1.0, "jaccard " + overall);
        assertEquals(Set.of("overall", "color=red", "color=green", "color=blue"), slices.keySet());
        double rows = 0;
        for (String slice : List.of("color=red", "color=green", "color=blue")) {
            double jaccard = slices.get(slice).get("jaccard");
            assertTrue(jaccard >= 0 && jaccard <= 1, slice + " " + slices.get(slice));
            rows += slices.get(slice).get("row_count");
        }
        assertEquals(120.0, rows);
    }

    /** The predicted label string, read back as the truth through plain SQL, agrees with itself fully. */
    @Test
    void predictedLabelSetsRoundTripThroughTheSetProcessor() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE predicted AS SELECT p.id, p.color, p.amount, p.tags_predicted AS tags "
                    + "FROM (PREDICT tags USING tagger GIVEN SELECT id, color, amount, tags FROM holdout) p");
            Map<String, Double> metrics = new HashMap<>();
            try (ResultSet rs = s.executeQuery("EVALUATE tagger GIVEN SELECT * FROM predicted")) {
                while (rs.next()) {
                    metrics.put(rs.getString("metric"), rs.getDouble("value"));
                }
            }
            assertEquals(1.0, metrics.get("jaccard"), 1e-9, metrics.toString());
            assertEquals(1.0, metrics.get("precision"), 1e-9, metrics.toString());
        }
    }

    @Test
    void diagnosticsTakeEachMemberAsAYesNoDecision() throws SQLException {
        try (Statement s = conn.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SHOW CONFUSION MATRIX tagger"));
            assertEquals(ErrorCode.INVALID_DATA.sqlState(), e.getSQLState());
            assertTrue(e.getMessage().contains("predicts a set") && e.getMessage().contains("EVALUATE"), e.getMessage());

            int decisions = 0;
            try (ResultSet rs = s.executeQuery("SHOW CALIBRATION tagger GIVEN SELECT * FROM holdout")) {
                while (rs.next()) {
                    decisions += rs.getInt("rows");
                }
            }
            assertEquals(120 * MEMBERS.size(), decisions);

            List<Double> truePositiveRates = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SHOW ROC tagger GIVEN SELECT * FROM holdout")) {
                while (rs.next()) {
                    truePositiveRates.add(rs.getDouble("true_positive_rate"));
                }
            }
            assertEquals(101, truePositiveRates.size());
            assertEquals(1.0, truePositiveRates.get(0), 1e-9);

            List<String> features = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SHOW FEATURE IMPORTANCE tagger GIVEN SELECT * FROM holdout")) {
                while (rs.next()) {
                    features.add(rs.getString("feature"));
                    assertTrue(rs.getDouble("importance") > 0, rs.getString("feature"));
                }
            }
            assertEquals(Set.of("color", "amount"), new HashSet<>(features));

            try (ResultSet rs = s.executeQuery("PREDICT tags WITH EXPLANATION USING tagger GIVEN color = 'red', amount = 2")) {
                assertTrue(rs.next());
                String json = rs.getString("tags_explanation");
                assertTrue(json.contains("\"color\"") && json.contains("\"amount\""), json);
            }
        }
    }

    @Test
    void catalogAndMetricsTableReportJaccard() throws SQLException {
        try (Statement s = conn.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT metric_value FROM pql.metrics WHERE model = 'tagger' "
                    + "AND split = 'validation' AND metric = 'jaccard'")) {
                assertTrue(rs.next());
                double jaccard = rs.getDouble(1);
                assertTrue(jaccard >= 0 && jaccard <= 1, "out-of-fold jaccard " + jaccard);
            }
            try (ResultSet rs = s.executeQuery("SHOW MODELS")) {
                boolean found = false;
                while (rs.next()) {
                    if (rs.getString("model").equals("tagger")) {
                        found = true;
                        assertEquals("set", rs.getString("target_type"));
                        assertEquals("jaccard", rs.getString("metric"));
                        assertNotNull(rs.getObject("validation_value"), "small tabular data: five folds, out-of-fold metrics");
                    }
                }
                assertTrue(found);
            }
        }
    }
}
