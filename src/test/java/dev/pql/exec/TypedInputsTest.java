package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Values are read as their feature's type: an unreadable one is 22018 naming the feature, the value
 * and the type; NaN and infinities are missing values with a warning that counts them; EVALUATE
 * over no rows measures nothing.
 */
class TypedInputsTest {
    static Connection conn;
    static List<String> trainingWarnings;

    @BeforeAll
    static void setUp() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:mem:");
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE shop (id INT PRIMARY KEY, amount DOUBLE, sold_on DATE, color VARCHAR, label VARCHAR)");
        }
        Random r = new Random(7);
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO shop VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 150; i++) {
                double amount = r.nextGaussian();
                p.setInt(1, i);
                // NaN and both infinities: 3 + 2 + 2 bad numbers among 150 rows
                p.setDouble(2, i < 3 ? Double.NaN : i < 5 ? Double.POSITIVE_INFINITY : i < 7 ? Double.NEGATIVE_INFINITY
                        : amount);
                p.setDate(3, java.sql.Date.valueOf(java.time.LocalDate.of(2026, 1, 1).plusDays(i)));
                p.setString(4, i % 2 == 0 ? "red" : "blue");
                p.setString(5, amount > 0 ? "high" : "low");
                p.addBatch();
            }
            p.executeBatch();
        }
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL typed PREDICT label GIVEN amount NUMBER, sold_on DATE, color FROM shop "
                    + "WITH (model_type = 'ecd', trainer.epochs = 2)");
            trainingWarnings = warnings(s.getWarnings());
        }
    }

    @AfterAll
    static void tearDown() throws SQLException {
        conn.close();
    }

    @Test
    void nanAndInfinityInTrainingAreMissingValuesWithACountedWarning() {
        assertTrue(trainingWarnings.contains("Feature 'amount' had 7 NaN or infinite values in the training data; treated "
                + "as missing and handled by its missing_value_strategy (fill_with_mean)."), trainingWarnings.toString());
    }

    @Test
    void nanAndInfinityInANumberTargetLeaveTheirRowsOutWithANote() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL amounts PREDICT amount NUMBER GIVEN color FROM shop "
                    + "WITH (model_type = 'ecd', trainer.epochs = 1)");
            assertTrue(warnings(s.getWarnings()).contains("Target 'amount' had 7 NaN or infinite values; those rows were "
                    + "left out, as rows without a target are (nothing to learn from)."), warnings(s.getWarnings()).toString());
        }
    }

    @Test
    void textInANumberFeatureOfTheTrainingDataIsMissingWithANote() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL texty PREDICT label GIVEN code NUMBER FROM (SELECT CASE WHEN id < 4 THEN 'n/a' "
                    + "ELSE CAST(amount AS VARCHAR) END AS code, label FROM shop) WITH (model_type = 'ecd', trainer.epochs = 1)");
            assertTrue(warnings(s.getWarnings()).contains("Feature 'code' had 4 values that are not numbers (such as "
                    + "'n/a') in the training data; treated as missing. Clean the column, or give the feature another type."),
                    warnings(s.getWarnings()).toString());
        }
    }

    @Test
    void aNumberFeatureRefusesTextWith22018() {
        SQLException e = fail("PREDICT label USING typed GIVEN amount = 'abc', sold_on = '2026-02-01', color = 'red'");
        assertEquals("22018", e.getSQLState());
        assertEquals("Feature 'amount' expects a number, but got 'abc' (number feature, column AMOUNT). Pass a number, "
                + "or NULL for a missing value.", e.getMessage());
    }

    @Test
    void aDateFeatureRefusesAnUnreadableDate() {
        SQLException e = fail("PREDICT label USING typed GIVEN amount = 1, sold_on = 'next tuesday', color = 'red'");
        assertEquals("22018", e.getSQLState());
        assertTrue(e.getMessage().startsWith("Feature 'sold_on' expects a date (such as 2026-01-31"), e.getMessage());
        assertTrue(e.getMessage().contains("got 'next tuesday'"), e.getMessage());
    }

    @Test
    void nanAndInfinityAtPredictAreMissingWithAWarning() throws SQLException {
        for (String value : List.of("'NaN'", "1e309", "'-Infinity'")) {
            try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
                    "PREDICT label WITH CONFIDENCE USING typed GIVEN amount = " + value + ", sold_on = '2026-02-01', color = 'red'")) {
                assertTrue(rs.next());
                assertFalse(Double.isNaN(rs.getDouble("label_probability")), "a real probability for " + value);
                assertEquals(List.of("Feature 'amount' had 1 NaN or infinite value in the GIVEN rows; treated as missing "
                        + "and handled by its missing_value_strategy (fill_with_mean)."), warnings(s.getWarnings()), value);
            }
        }
    }

    @Test
    void evaluateRefusesUnreadableValuesWith22018() {
        SQLException e = fail("EVALUATE typed GIVEN SELECT 'lots' AS amount, sold_on, color, label FROM shop");
        assertEquals("22018", e.getSQLState());
        assertTrue(e.getMessage().startsWith("Feature 'amount' expects a number, but got 'lots'"), e.getMessage());
    }

    @Test
    void evaluateOverNoRowsHasRowCountZeroAndNullMetrics() throws SQLException {
        Map<String, Object> metrics = new LinkedHashMap<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("EVALUATE typed GIVEN SELECT * FROM shop WHERE id < 0")) {
            while (rs.next()) {
                metrics.put(rs.getString("metric"), rs.getObject("value"));
            }
        }
        assertEquals(0.0, ((Number) metrics.remove("row_count")).doubleValue());
        assertTrue(metrics.containsKey("accuracy"), metrics.toString());
        for (Object v : metrics.values()) {
            assertNull(v, metrics.toString());
        }
    }

    static SQLException fail(String sql) {
        return assertThrows(SQLException.class, () -> {
            try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        });
    }

    static List<String> warnings(SQLWarning w) {
        List<String> out = new ArrayList<>();
        for (; w != null; w = w.getNextWarning()) {
            out.add(w.getMessage());
        }
        return out;
    }
}
