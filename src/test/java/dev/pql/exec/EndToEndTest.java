package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spine through java.sql only: train a text + category + number model on generated data with
 * a learnable rule, then PREDICT and EVALUATE, checking columns, types and accuracy.
 */
class EndToEndTest {
    static final String[] FILLER = {"the", "order", "arrived", "today", "box", "was", "blue", "and", "it", "works",
        "price", "seller", "shipping", "color", "size", "item", "again", "would", "buy", "maybe"};
    static Connection conn;

    @BeforeAll
    static void createData() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:mem:");
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE reviews (id INT PRIMARY KEY, review VARCHAR, color VARCHAR, amount DOUBLE, "
                    + "label VARCHAR, score DOUBLE)");
            s.execute("CREATE TABLE holdout AS SELECT * FROM reviews WHERE 1 = 0");
        }
        insert(conn, "reviews", 400, 1);
        insert(conn, "holdout", 100, 2);
    }

    /** label is 'good' when the review says "great" or "love"; score is 2 * amount, plus 3 when red. */
    static void insert(Connection conn, String table, int rows, long seed) throws SQLException {
        Random r = new Random(seed);
        String[] colors = {"red", "green", "blue"};
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                boolean good = r.nextBoolean();
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 6; w++) {
                    text.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
                }
                text.append(good ? (r.nextBoolean() ? "great" : "love") : (r.nextBoolean() ? "broken" : "awful"));
                String color = colors[r.nextInt(3)];
                double amount = r.nextGaussian();
                p.setInt(1, i);
                p.setString(2, text.toString());
                p.setString(3, color);
                p.setDouble(4, amount);
                p.setString(5, good ? "good" : "bad");
                p.setDouble(6, 2 * amount + (color.equals("red") ? 3 : 0) + 0.1 * r.nextGaussian());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    @Test
    void trainPredictEvaluateCategory() throws SQLException {
        try (Statement s = conn.createStatement()) {
            assertTrue(s.execute("CREATE MODEL sentiment PREDICT label GIVEN review, color, amount FROM reviews "
                    + "WITH (trainer.epochs = 2, trainer.learning_rate = 0.02, trainer.batch_size = 16)"));
            try (ResultSet rs = s.getResultSet()) {
                assertTrue(rs.next());
                assertEquals("sentiment", rs.getString("model"));
                assertEquals(1, rs.getInt("version"));
                assertEquals(400, rs.getInt("rows"));
            }

            try (ResultSet rs = s.executeQuery("PREDICT label WITH CONFIDENCE, PROBABILITIES USING sentiment "
                    + "GIVEN SELECT id, review, color, amount FROM holdout ORDER BY id")) {
                ResultSetMetaData md = rs.getMetaData();
                assertEquals("id,review,color,amount,label,label_probability,label_probabilities_bad,"
                        + "label_probabilities_good", columns(md).toLowerCase());
                int[] types = {Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.VARCHAR, Types.DOUBLE,
                    Types.DOUBLE, Types.DOUBLE};
                for (int i = 0; i < types.length; i++) {
                    assertEquals(types[i], md.getColumnType(i + 1), md.getColumnLabel(i + 1));
                }
                int rows = 0;
                int correct = 0;
                while (rs.next()) {
                    rows++;
                    String review = rs.getString("review");
                    String expected = review.endsWith("great") || review.endsWith("love") ? "good" : "bad";
                    correct += expected.equals(rs.getString("label")) ? 1 : 0;
                    double p = rs.getDouble("label_probability");
                    assertEquals(p, Math.max(rs.getDouble(7), rs.getDouble(8)), 1e-6);
                    assertEquals(1.0, rs.getDouble(7) + rs.getDouble(8), 1e-4);
                }
                assertEquals(100, rows);
                assertTrue(correct >= 90, "PREDICT accuracy " + correct + "/100 on a rule a model must learn");
            }

            Map<String, Double> metrics = new HashMap<>();
            try (ResultSet rs = s.executeQuery("EVALUATE sentiment GIVEN SELECT * FROM holdout")) {
                ResultSetMetaData md = rs.getMetaData();
                assertEquals("model,version,target,slice,metric,value", columns(md));
                assertEquals(Types.DOUBLE, md.getColumnType(6));
                while (rs.next()) {
                    assertEquals("overall", rs.getString("slice"));
                    metrics.put(rs.getString("metric"), rs.getDouble("value"));
                }
            }
            assertEquals(100.0, metrics.get("row_count"));
            assertTrue(metrics.get("accuracy") >= 0.9, "EVALUATE accuracy " + metrics);
            assertNotNull(metrics.get("f1_macro"));
        }
    }

    @Test
    void literalPredictAndNumberTarget() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL scorer PREDICT score GIVEN color, amount FROM reviews "
                    + "WITH (trainer.epochs = 2, trainer.learning_rate = 0.02, trainer.batch_size = 16)");
            try (ResultSet rs = s.executeQuery("PREDICT score USING scorer GIVEN color = 'red', amount = 1.0")) {
                assertEquals("color,amount,score", columns(rs.getMetaData()));
                assertEquals(Types.DOUBLE, rs.getMetaData().getColumnType(3));
                assertTrue(rs.next());
                assertEquals("red", rs.getString(1));
                double predicted = rs.getDouble("score");
                assertTrue(Math.abs(predicted - 5.0) < 1.5, "predicted " + predicted + " for 2 * 1.0 + 3");
                assertFalse(rs.next());
            }
            Map<String, Double> metrics = new HashMap<>();
            try (ResultSet rs = s.executeQuery("EVALUATE scorer GIVEN SELECT * FROM holdout")) {
                while (rs.next()) {
                    metrics.put(rs.getString("metric"), rs.getDouble("value"));
                }
            }
            assertTrue(metrics.get("r2") > 0.8, "r2 " + metrics);
        }
    }

    @Test
    void catalogAnswers() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL cat_model PREDICT label GIVEN color FROM reviews WITH (trainer.epochs = 1)");
            s.execute("CREATE OR REPLACE MODEL cat_model PREDICT label GIVEN color, amount FROM reviews "
                    + "WITH (trainer.epochs = 1)");
            boolean found = false;
            try (ResultSet rs = s.executeQuery("SHOW MODELS")) {
                while (rs.next()) {
                    if (rs.getString("model").equals("cat_model")) {
                        found = true;
                        assertEquals(2, rs.getInt("active_version"));
                        assertEquals(2, rs.getInt("versions"));
                        assertEquals("label", rs.getString("target"));
                        assertEquals("color, amount", rs.getString("input_features"));
                    }
                }
            }
            assertTrue(found);
            try (ResultSet rs = s.executeQuery("DESCRIBE MODEL cat_model VERSION 1")) {
                assertEquals("model,version,feature,role,type,column,encoder,details", columns(rs.getMetaData()));
                assertTrue(rs.next());
                assertEquals("color", rs.getString("feature"));
                assertEquals("input", rs.getString("role"));
                assertEquals("category", rs.getString("type"));
                assertEquals("dense", rs.getString("encoder"));
                assertTrue(rs.getString("details").startsWith("vocabulary 4: <UNK>"), rs.getString("details"));
                assertTrue(rs.next());
                assertEquals("output", rs.getString("role"));
                assertFalse(rs.next());
            }
            assertFalse(s.execute("DROP MODEL cat_model VERSION 1"));
            assertEquals(0, s.getUpdateCount());
            s.execute("DROP MODEL cat_model");
            s.execute("DROP MODEL IF EXISTS cat_model");
        }
    }

    @Test
    void plainSqlGoesToTheStore() throws SQLException {
        try (Statement s = conn.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) AS n FROM reviews WHERE label = 'good'")) {
                assertTrue(rs.next());
                assertTrue(rs.getInt("n") > 150);
            }
            assertEquals(0, s.executeUpdate("CREATE TABLE empty_table (x INT)"));
        }
    }

    static String columns(ResultSetMetaData md) throws SQLException {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            b.append(i > 1 ? "," : "").append(md.getColumnLabel(i));
        }
        return b.toString();
    }
}
