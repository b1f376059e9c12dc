package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * model_type gbm end to end through JDBC: category, binary and number outputs learn a rule from
 * number, category and binary inputs; the saved trees predict exactly what training measured, in a
 * new connection too; the rounds are the training log; the config says what trees cannot do.
 */
class GbmModelTest {
    @TempDir
    static Path dir;
    static Connection conn;

    @BeforeAll
    static void createData() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db"));
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE shop (x DOUBLE, z DOUBLE, color VARCHAR, member BOOLEAN, note VARCHAR, "
                    + "label VARCHAR, bought BOOLEAN, spend DOUBLE)");
            s.execute("CREATE TABLE shop_test AS SELECT * FROM shop WHERE 1 = 0");
        }
        insert("shop", 600, 1);
        insert("shop_test", 200, 2);
    }

    /**
     * label: 'high' when x > 0.5, 'mid' when x > -0.5, else 'low' (a threshold rule trees find);
     * bought: a member, or color green; spend: 3 * x, plus 4 when red, plus noise.
     */
    static void insert(String table, int rows, long seed) throws SQLException {
        Random r = new Random(seed);
        String[] colors = {"red", "green", "blue"};
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                double x = r.nextGaussian();
                String color = colors[r.nextInt(3)];
                boolean member = r.nextInt(4) == 0;
                p.setDouble(1, x);
                p.setDouble(2, r.nextGaussian());
                p.setString(3, color);
                p.setBoolean(4, member);
                p.setString(5, "note " + r.nextInt(50));
                p.setString(6, x > 0.5 ? "high" : x > -0.5 ? "mid" : "low");
                p.setBoolean(7, member || color.equals("green"));
                p.setDouble(8, 3 * x + (color.equals("red") ? 4 : 0) + 0.1 * r.nextGaussian());
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
    void categoryLearnsThresholdsAndPredictsTheSameAfterReload() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL tiers PREDICT label GIVEN x, z, color, member FROM shop WITH (model_type = 'gbm')");
            assertTrue(metric(s, "EVALUATE tiers GIVEN SELECT * FROM shop_test", "accuracy") >= 0.95,
                    "trees find the thresholds of x");
            Map<String, Double> before = probabilities(s);
            try (Connection again = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db"));
                 Statement s2 = again.createStatement()) {
                assertEquals(before, probabilities(s2), "the saved trees predict exactly what the trained ones did");
            }
            List<Integer> rounds = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SHOW TRAINING LOG tiers")) {
                while (rs.next()) {
                    rounds.add(rs.getInt("epoch"));
                }
            }
            assertTrue(rounds.size() > 3 && rounds.get(0) == 1, "one log row per boosting round: " + rounds);
        }
    }

    private static Map<String, Double> probabilities(Statement s) throws SQLException {
        Map<String, Double> out = new HashMap<>();
        try (ResultSet rs = s.executeQuery("PREDICT label WITH CONFIDENCE USING tiers GIVEN SELECT * FROM shop_test")) {
            int row = 0;
            while (rs.next()) {
                out.put(row++ + ":" + rs.getString("label_predicted"), rs.getDouble("label_probability"));
            }
        }
        assertEquals(200, out.size());
        return out;
    }

    @Test
    void binaryAndNumberOutputs() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL buys PREDICT bought GIVEN color, member, x FROM shop WITH (model_type = 'gbm')");
            assertTrue(metric(s, "EVALUATE buys GIVEN SELECT * FROM shop_test", "accuracy") >= 0.95);
            try (ResultSet rs = s.executeQuery("PREDICT bought WITH CONFIDENCE USING buys GIVEN color = 'green', "
                    + "member = false, x = 0.0")) {
                assertTrue(rs.next());
                assertTrue(rs.getBoolean("bought") && rs.getDouble("bought_probability") > 0.5);
            }
            s.execute("CREATE MODEL spends PREDICT spend GIVEN x, color FROM shop WITH (model_type = 'gbm', "
                    + "trainer.num_boost_round = 300)");
            assertTrue(metric(s, "EVALUATE spends GIVEN SELECT * FROM shop_test", "r2") > 0.9);
        }
    }

    @Test
    void sameSeedSameTreesAndRoundsFollowTheConfig() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL a PREDICT spend GIVEN x, z FROM shop WITH (model_type = 'gbm', trainer.num_boost_round = 5)");
            s.execute("CREATE MODEL b PREDICT spend GIVEN x, z FROM shop WITH (model_type = 'gbm', trainer.num_boost_round = 5)");
            assertEquals(predictions(s, "a"), predictions(s, "b"));
            try (ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT epoch) FROM pql.training_log WHERE model = 'a'")) {
                assertTrue(rs.next());
                assertTrue(rs.getInt(1) <= 5 && rs.getInt(1) >= 1, "at most num_boost_round rounds: " + rs.getInt(1));
            }
        }
    }

    private static List<Double> predictions(Statement s, String model) throws SQLException {
        List<Double> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PREDICT spend USING " + model + " GIVEN SELECT x, z FROM shop_test")) {
            while (rs.next()) {
                out.add(rs.getDouble("spend"));
            }
        }
        return out;
    }

    @Test
    void explainShowsTheGbmTrainerAndNoCombiner() throws SQLException {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN CREATE MODEL e PREDICT label GIVEN x FROM shop WITH (model_type = 'gbm')")) {
            List<String> paths = new ArrayList<>();
            while (rs.next()) {
                paths.add(rs.getString(1));
            }
            assertTrue(paths.contains("trainer.num_boost_round") && paths.contains("trainer.num_leaves"), paths.toString());
            assertTrue(paths.stream().noneMatch(p -> p.startsWith("combiner") || p.startsWith("trainer.epochs")
                    || p.contains(".encoder.")), paths.toString());
        }
    }

    @Test
    void whatTreesCannotDoIsSaid() throws SQLException {
        try (Statement s = conn.createStatement()) {
            // issue 15: trees read text as token counts, so a text input trains
            s.executeQuery("CREATE MODEL tx PREDICT label GIVEN x, note FROM shop WITH (model_type = 'gbm', "
                    + "note.type = 'text')").close();
            try (ResultSet rs = s.executeQuery("PREDICT label USING tx GIVEN x = 1, note = 'hello'")) {
                assertTrue(rs.next());
            }
            SQLException epochs = assertThrows(SQLException.class, () -> s.execute(
                    "CREATE MODEL t PREDICT label GIVEN x FROM shop WITH (model_type = 'gbm', trainer.epochs = 3)"));
            assertEquals("42P10", epochs.getSQLState());
            assertTrue(epochs.getMessage().contains("num_boost_round"), epochs.getMessage());
            SQLException combiner = assertThrows(SQLException.class, () -> s.execute(
                    "CREATE MODEL t PREDICT label GIVEN x FROM shop WITH (model_type = 'gbm', combiner.num_fc_layers = 2)"));
            assertTrue(combiner.getMessage().contains("no combiner"), combiner.getMessage());
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pql.models WHERE model = 't'")) {
                assertTrue(rs.next());
                assertEquals(0, rs.getInt(1), "a failed CREATE leaves no model");
            }
        }
    }

    private static double metric(Statement s, String evaluate, String metric) throws SQLException {
        try (ResultSet rs = s.executeQuery(evaluate)) {
            while (rs.next()) {
                if (rs.getString("metric").equals(metric) && rs.getString("slice").equals("overall")) {
                    return rs.getDouble("value");
                }
            }
        }
        throw new AssertionError(metric + " missing from " + evaluate);
    }
}
