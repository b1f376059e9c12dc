package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration through JDBC on data whose noise we control (flag is true with probability
 * sigmoid(1.5 x), six more columns are noise). Boosted trees with a large learning rate and tiny
 * leaves are overconfident: the version is calibrated on its validation rows (T > 1), predicts the
 * same classes with softer probabilities and has a lower ECE on fresh rows than the same trees with
 * {@code calibration: none}. A k-fold category model is calibrated out of fold. A network's
 * version predicts sigmoid(logit p / T) of its raw scores, and without calibration.json (as
 * versions before calibration were saved) its raw scores. SHOW CALIBRATION shows both; EXPLAIN the setting.
 */
class CalibrationEndToEndTest {
    @TempDir
    static Path dir;
    static Connection conn;
    static final String OVERCONFIDENT_TREES = "model_type = 'gbm', trainer.folds = 1, trainer.learning_rate = 0.5, "
            + "trainer.num_leaves = 64, trainer.min_data_in_leaf = 1, preprocessing.split.probabilities = [0.6, 0.3, 0.1]";

    @BeforeAll
    static void createData() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db"));
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE noisy (x DOUBLE, n1 DOUBLE, n2 DOUBLE, n3 DOUBLE, n4 DOUBLE, n5 DOUBLE, n6 DOUBLE, "
                    + "flag BOOLEAN)");
            s.execute("CREATE TABLE fresh AS SELECT * FROM noisy WHERE 1 = 0");
        }
        insert("noisy", 500, 1);
        insert("fresh", 1000, 2);
    }

    /** flag: true with probability sigmoid(1.5 x); n1..n6 are noise a model can memorise. */
    static void insert(String table, int rows, long seed) throws SQLException {
        Random r = new Random(seed);
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                double x = r.nextGaussian();
                p.setDouble(1, x);
                for (int c = 2; c <= 7; c++) {
                    p.setDouble(c, r.nextGaussian());
                }
                p.setBoolean(8, r.nextDouble() < 1 / (1 + Math.exp(-1.5 * x)));
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
    void overconfidentTreesAreSoftenedWithoutChangingAPrediction() throws Exception {
        try (Statement s = conn.createStatement()) {
            s.executeQuery("CREATE MODEL hot PREDICT flag FROM noisy WITH (" + OVERCONFIDENT_TREES + ")").close();
            s.executeQuery("CREATE MODEL raw PREDICT flag FROM noisy WITH (" + OVERCONFIDENT_TREES
                    + ", flag.calibration = 'none')").close();
        }
        JsonNode calibration = calibrationFile("hot");
        double t = calibration.get("temperature").asDouble();
        assertTrue(t > 1.2, "overconfident trees are softened: " + calibration);
        assertEquals("validation", calibration.get("fitted_on").asText());
        assertTrue(calibration.at("/after/ece").asDouble() <= calibration.at("/before/ece").asDouble(), calibration.toString());
        assertTrue(calibration.at("/after/log_loss").asDouble() < calibration.at("/before/log_loss").asDouble());
        assertTrue(Files.notExists(dir.resolve("db").resolve("models/raw/1/calibration.json")), "calibration none");

        Map<String, Double> hot = metrics("hot");
        Map<String, Double> raw = metrics("raw");
        assertEquals(raw.get("accuracy"), hot.get("accuracy"), 1e-12, "same trees: same predictions");
        assertTrue(hot.get("ece") < raw.get("ece"), "fresh rows: ECE " + raw.get("ece") + " -> " + hot.get("ece"));
        assertTrue(hot.get("log_loss") < raw.get("log_loss"), raw + " -> " + hot);
        assertTrue(hot.get("brier") < raw.get("brier"), raw + " -> " + hot);
        System.out.printf("calibration (gbm, binary): T %.3f; fresh rows ECE %.4f -> %.4f, log_loss %.4f -> %.4f, "
                + "brier %.4f -> %.4f, accuracy %.4f -> %.4f%n", t, raw.get("ece"), hot.get("ece"), raw.get("log_loss"),
                hot.get("log_loss"), raw.get("brier"), hot.get("brier"), raw.get("accuracy"), hot.get("accuracy"));
        assertScaled(predictions("raw"), predictions("hot"), t);
        showCalibrationHasBeforeAndAfter();
    }

    @Test
    void isotonicIsAnOption() throws Exception {
        try (Statement s = conn.createStatement()) {
            s.executeQuery("CREATE MODEL iso PREDICT flag FROM noisy WITH (" + OVERCONFIDENT_TREES
                    + ", flag.calibration = 'isotonic')").close();
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("CREATE MODEL bad PREDICT flag FROM noisy "
                    + "WITH (flag.calibration = 'platt')"));
            assertTrue(e.getMessage().contains("temperature, isotonic, none"), e.getMessage());
        }
        JsonNode calibration = calibrationFile("iso");
        assertEquals("isotonic", calibration.get("method").asText());
        assertTrue(calibration.get("isotonic").get(0).get("x").size() >= 2, calibration.toString());
        assertTrue(metrics("iso").get("ece") < 0.1, "fresh rows' ECE after isotonic calibration: " + metrics("iso"));
    }

    @Test
    void aKFoldCategoryModelIsCalibratedOutOfFold() throws Exception {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE tiers AS SELECT n1, n2, x, CASE WHEN x + n3 > 0.7 THEN 'high' WHEN x + n3 > -0.7 "
                    + "THEN 'mid' ELSE 'low' END AS tier FROM noisy");
            s.executeQuery("CREATE MODEL tier3 PREDICT tier FROM tiers WITH (model_type = 'gbm', trainer.folds = 3, "
                    + "trainer.learning_rate = 0.5, trainer.num_leaves = 32, trainer.min_data_in_leaf = 1)").close();
        }
        JsonNode calibration = calibrationFile("tier3");
        assertEquals("out_of_fold", calibration.get("fitted_on").asText());
        assertEquals(500, calibration.get("rows").asInt(), "every row is scored once out of fold");
        assertTrue(calibration.at("/after/ece").asDouble() <= calibration.at("/before/ece").asDouble(), calibration.toString());
        Map<String, Double> m = metrics("tier3", "SELECT n1, n2, x, CASE WHEN x + n3 > 0.7 THEN 'high' WHEN x + n3 > -0.7 "
                + "THEN 'mid' ELSE 'low' END AS tier FROM fresh");
        assertTrue(m.containsKey("ece") && m.containsKey("brier") && m.containsKey("log_loss"), m.toString());
        assertTrue(m.get("brier") > 0 && m.get("brier") < 2 && m.get("ece") >= 0 && m.get("ece") <= 1, m.toString());
    }

    @Test
    void aNetworkVersionWithoutItsCalibrationPredictsItsRawScores() throws Exception {
        try (Statement s = conn.createStatement()) {
            s.executeQuery("CREATE MODEL net PREDICT flag FROM noisy WITH (trainer.epochs = 4, trainer.folds = 1)").close();
        }
        double t = calibrationFile("net").get("temperature").asDouble();
        // A version as PQL wrote it before calibration: no calibration.json, and none in its manifest.
        Path copy = dir.resolve("net_old");
        try (Statement s = conn.createStatement()) {
            s.execute("EXPORT MODEL net TO '" + copy + "'");
            Files.delete(copy.resolve("calibration.json"));
            ObjectMapper json = new ObjectMapper();
            ObjectNode manifest = (ObjectNode) json.readTree(copy.resolve("manifest.json").toFile());
            ((ObjectNode) manifest.get("sha256")).remove("calibration.json");
            json.writeValue(copy.resolve("manifest.json").toFile(), manifest);
            s.execute("IMPORT MODEL net_old FROM '" + copy + "'");
        }
        assertScaled(predictions("net_old"), predictions("net"), t);
        explainShowsTheSetting();
    }

    private static JsonNode calibrationFile(String model) throws java.io.IOException {
        return new ObjectMapper().readTree(dir.resolve("db").resolve("models/" + model + "/1/calibration.json").toFile());
    }

    /** Calibrated rows keep the raw rows' predictions, and their probability is sigmoid(logit p / T). */
    private static void assertScaled(List<double[]> raw, List<double[]> calibrated, double t) {
        assertEquals(raw.size(), calibrated.size());
        boolean moved = false;
        for (int i = 0; i < raw.size(); i++) {
            assertEquals(raw.get(i)[0], calibrated.get(i)[0], "row " + i + " keeps its prediction");
            double p = Math.min(1 - 1e-7, Math.max(1e-7, raw.get(i)[1]));
            double z = Math.log(p / (1 - p)) / t;
            assertEquals(1 / (1 + Math.exp(-z)), calibrated.get(i)[1], 1e-4, "row " + i + " is sigmoid(logit p / T)");
            moved |= Math.abs(raw.get(i)[1] - calibrated.get(i)[1]) > 1e-3;
        }
        assertTrue(moved || Math.abs(t - 1) < 1e-3, "T " + t + " moved some probability");
    }

    private void showCalibrationHasBeforeAndAfter() throws SQLException {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SHOW CALIBRATION hot GIVEN SELECT * FROM fresh")) {
            int rows = 0;
            int rowsBefore = 0;
            boolean differ = false;
            while (rs.next()) {
                rows += rs.getInt("rows");
                rowsBefore += rs.getInt("rows_before");
                differ |= rs.getInt("rows") != rs.getInt("rows_before");
            }
            assertEquals(1000, rows);
            assertEquals(1000, rowsBefore);
            assertTrue(differ, "calibration moves rows between probability bins");
            assertTrue(s.getWarnings() != null && s.getWarnings().getMessage().contains("temperature scaling"),
                    "says the version is calibrated");
        }
    }

    private void explainShowsTheSetting() throws SQLException {
        Map<String, String> paths = new HashMap<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN CREATE MODEL e PREDICT flag FROM noisy")) {
            while (rs.next()) {
                paths.put(rs.getString("path"), rs.getString("value"));
            }
        }
        assertEquals("temperature", paths.get("flag.calibration"), paths.toString());
    }

    private static Map<String, Double> metrics(String model) throws SQLException {
        return metrics(model, "SELECT * FROM fresh");
    }

    private static Map<String, Double> metrics(String model, String given) throws SQLException {
        Map<String, Double> out = new HashMap<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("EVALUATE " + model + " GIVEN " + given)) {
            while (rs.next()) {
                out.put(rs.getString("metric"), rs.getDouble("value"));
            }
        }
        return out;
    }

    /** Per fresh row: the predicted flag (1/0) and the probability of true. */
    private static List<double[]> predictions(String model) throws SQLException {
        List<double[]> out = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("PREDICT flag WITH PROBABILITIES USING " + model
                     + " GIVEN SELECT x, n1, n2, n3, n4, n5, n6 FROM fresh")) {
            while (rs.next()) {
                out.add(new double[] {rs.getBoolean("flag") ? 1 : 0, rs.getDouble("flag_probabilities_true")});
            }
        }
        return out;
    }
}
