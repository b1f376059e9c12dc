package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.registry.LoadedModel;
import dev.pql.registry.ModelStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several output features in one model (Ludwig's multi-task ECD, issue 16): a category and a
 * number output share the combiner, each with its decoder head; trained from a config and from
 * {@code PREDICT a, b}, then PREDICT, EVALUATE, the catalog and a reload from the model folder.
 */
class MultiOutputTest {
    /** kind follows color and the sign of x; price is a line in x and z. */
    static final String CONFIG = """
            input_features:
              - {name: x, type: number}
              - {name: z, type: number}
              - {name: color, type: category}
            output_features:
              - {name: kind, type: category}
              - {name: price, type: number, loss: {type: mean_squared_error, weight: 2.0}}
            trainer: {epochs: 12, learning_rate: 0.02, batch_size: 32, loss_balancing: none}
            """;
    @TempDir
    static Path dir;
    static Connection conn;

    @BeforeAll
    static void train() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db"));
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE shop (x DOUBLE, z DOUBLE, color VARCHAR, kind VARCHAR, price DOUBLE)");
            insert(s.getConnection(), 400);
            s.execute("CREATE MODEL shop_both FROM shop CONFIG '" + CONFIG.replace("'", "''") + "'");
        }
    }

    static void insert(Connection c, int rows) throws SQLException {
        Random r = new Random(7);
        String[] colors = {"red", "green", "blue"};
        try (PreparedStatement p = c.prepareStatement("INSERT INTO shop VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                double x = r.nextGaussian();
                double z = r.nextGaussian();
                String color = colors[r.nextInt(3)];
                p.setDouble(1, x);
                p.setDouble(2, z);
                p.setString(3, color);
                p.setString(4, color.equals("red") ? "hot" : x > 0 ? "up" : "down");
                p.setDouble(5, 10 + 3 * x - 2 * z + 0.1 * r.nextGaussian());
                p.executeUpdate();
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    @Test
    void predictAnswersEveryOutputAfterTheGivenColumns() throws SQLException {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("PREDICT kind, price WITH CONFIDENCE USING shop_both "
                     + "GIVEN SELECT x, z, color FROM shop")) {
            assertEquals(List.of("X", "Z", "COLOR", "kind", "kind_probability", "price"), labels(rs.getMetaData()));
            int rows = 0;
            int right = 0;
            double squared = 0;
            try (Statement truth = conn.createStatement();
                 ResultSet t = truth.executeQuery("SELECT kind, price FROM shop")) {
                while (rs.next() && t.next()) {
                    rows++;
                    right += rs.getString("kind").equals(t.getString(1)) ? 1 : 0;
                    squared += Math.pow(rs.getDouble("price") - t.getDouble(2), 2);
                    assertTrue(rs.getDouble("kind_probability") > 0 && rs.getDouble("kind_probability") <= 1);
                }
            }
            assertEquals(400, rows);
            assertTrue(right > 0.85 * rows, "the category head learned: " + right + "/" + rows);
            assertTrue(Math.sqrt(squared / rows) < 1.5, "the number head learned: rmse " + Math.sqrt(squared / rows));
        }
    }

    @Test
    void predictMayAskForOneOutput() throws SQLException {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("PREDICT price USING shop_both GIVEN x = 1.0, z = 0.0, color = 'blue'")) {
            assertEquals(List.of("x", "z", "color", "price"), labels(rs.getMetaData()));
            assertTrue(rs.next());
            assertEquals(13, rs.getDouble("price"), 1.5, "10 + 3x - 2z");
        }
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("PREDICT kind WITH PROBABILITIES GIVEN x = 1.0, z = 0.0, color = 'red'")) {
            assertTrue(rs.next(), "without USING: the only model that predicts kind");
            assertEquals("hot", rs.getString("kind"));
            assertTrue(rs.getDouble("kind_probabilities_hot") > 0.5);
        }
        try (Statement s = conn.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(
                    "PREDICT kind, cost USING shop_both GIVEN x = 1.0, z = 0.0, color = 'red'"));
            assertTrue(e.getMessage().contains("predicts 'kind, price', not 'cost'"), e.getMessage());
        }
    }

    @Test
    void sqlAroundPredictSeesEveryOutput() throws SQLException {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(p.price) FROM (PREDICT kind, price USING shop_both "
                     + "GIVEN SELECT x, z, color FROM shop) p WHERE p.kind = 'hot'")) {
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) > 80 && rs.getInt(1) < 200, "about a third of the rows are red: " + rs.getInt(1));
            assertTrue(rs.getDouble(2) < 10, "prices follow x and z, not the kind");
        }
    }

    @Test
    void retrainKeepsEveryOutput() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL shop_again FROM shop CONFIG '" + CONFIG.replace("'", "''") + "'");
            s.execute("RETRAIN MODEL shop_again WITH (trainer.epochs = 2)");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pql.features WHERE model = 'shop_again' "
                    + "AND version = 2 AND role = 'output'")) {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("PREDICT kind, price USING shop_again GIVEN x = 1.0, z = 0.0, color = 'red'")) {
                assertTrue(rs.next());
            }
            s.execute("DROP MODEL shop_again");
        }
    }

    @Test
    void evaluateReportsEachTarget() throws SQLException {
        Map<String, Double> metrics = new LinkedHashMap<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("EVALUATE shop_both GIVEN SELECT * FROM shop")) {
            while (rs.next()) {
                metrics.put(rs.getString("target") + "." + rs.getString("metric"), rs.getDouble("value"));
            }
        }
        assertEquals(400, metrics.get("kind.row_count"));
        assertEquals(400, metrics.get("price.row_count"));
        assertTrue(metrics.get("kind.accuracy") > 0.85, metrics.toString());
        assertTrue(metrics.get("price.r2") > 0.8, metrics.toString());
        assertNull(metrics.get("price.accuracy"), "each target reports its own type's metrics");
    }

    @Test
    void theCatalogNamesEveryOutput() throws SQLException {
        try (Statement s = conn.createStatement()) {
            try (ResultSet rs = s.executeQuery("SHOW MODELS")) {
                while (rs.next()) {
                    if (rs.getString("model").equalsIgnoreCase("shop_both")) {
                        assertEquals("kind, price", rs.getString("target"));
                        assertEquals("category, number", rs.getString("target_type"));
                        assertEquals("kind.accuracy", rs.getString("metric"));
                        assertTrue(rs.getDouble("validation_value") > 0.5);
                    }
                }
            }
            List<String> outputs = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("DESCRIBE MODEL shop_both")) {
                while (rs.next()) {
                    if (rs.getString("role").equals("output")) {
                        outputs.add(rs.getString("feature") + " " + rs.getString("type"));
                    }
                }
            }
            assertEquals(List.of("kind category", "price number"), outputs);
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pql.features WHERE model = 'shop_both' "
                    + "AND role = 'output'")) {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1));
            }
            List<String> metrics = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT metric FROM pql.metrics WHERE model = 'shop_both' "
                    + "AND split = 'validation'")) {
                while (rs.next()) {
                    metrics.add(rs.getString(1));
                }
            }
            assertTrue(metrics.containsAll(List.of("loss", "kind.loss", "kind.accuracy", "price.loss", "price.r2")),
                    metrics.toString());
        }
    }

    @Test
    void theSavedVersionLoadsAndScoresEveryOutput() throws SQLException {
        Path models = dir.resolve("db").resolve("models");
        assertTrue(Files.isDirectory(models), "the models folder of the database");
        try (LoadedModel fresh = new ModelStore(models).load("shop_both", null)) {
            assertEquals(2, fresh.heads().size());
            List<List<Object>> columns = List.of(List.of(1.0), List.of(0.0), List.of("blue"));
            List<float[][]> scores = fresh.scoreAll(columns);
            assertEquals(3, scores.get(0)[0].length, "kind: one probability per class (down, hot, up)");
            assertEquals(13, scores.get(1)[0][0], 1.5, "price on the data's scale");
            assertEquals(scores.get(1)[0][0], fresh.output("price").score(columns)[0][0], 1e-6);
        }
    }

    @Test
    void predictWithSeveralTargetsTrainsOneModel() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL shop_pair PREDICT kind, price GIVEN x, z, color FROM shop "
                    + "WITH (trainer.epochs = 3)");
            try (ResultSet rs = s.executeQuery("PREDICT price, kind USING shop_pair GIVEN x = 1.0, z = 0.0, color = 'red'")) {
                assertEquals(List.of("x", "z", "color", "price", "kind"), labels(rs.getMetaData()));
                assertTrue(rs.next());
            }
            SQLException both = assertThrows(SQLException.class, () -> s.executeQuery(
                    "PREDICT kind GIVEN x = 1.0, z = 0.0, color = 'red'"));
            assertTrue(both.getMessage().contains("Several models predict 'kind'"), both.getMessage());
            s.execute("DROP MODEL shop_pair");
        }
    }

    @Test
    void whatSeveralOutputsCannotDoIsSaid() throws SQLException {
        try (Statement s = conn.createStatement()) {
            SQLException gbm = assertThrows(SQLException.class, () -> s.execute(
                    "CREATE MODEL trees PREDICT kind, price GIVEN x, z FROM shop WITH (model_type = 'gbm')"));
            assertEquals("0A000", gbm.getSQLState());
            assertTrue(gbm.getMessage().contains("model_type gbm with several output features"), gbm.getMessage());
            SQLException folds = assertThrows(SQLException.class, () -> s.execute(
                    "CREATE MODEL bagged PREDICT kind, price GIVEN x, z FROM shop WITH (trainer.folds = 3)"));
            assertEquals("0A000", folds.getSQLState());
            assertTrue(folds.getMessage().contains("trainer.folds"), folds.getMessage());
            SQLException balancing = assertThrows(SQLException.class, () -> s.execute(
                    "CREATE MODEL balanced PREDICT kind, price GIVEN x, z FROM shop "
                            + "WITH (trainer.loss_balancing = 'log_transform')"));
            assertEquals("0A000", balancing.getSQLState());
            assertTrue(balancing.getMessage().contains("loss_balancing"), balancing.getMessage());
        }
    }

    static List<String> labels(ResultSetMetaData md) throws SQLException {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            out.add(md.getColumnLabel(i));
        }
        return out;
    }
}
