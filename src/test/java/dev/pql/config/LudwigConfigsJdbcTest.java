package dev.pql.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
 * Ludwig-style configs of the kinds real ones are (issue 16) run end to end through JDBC: CREATE
 * MODEL ... CONFIG FILE, PREDICT and EVALUATE, on 240 generated rows whose target two columns decide.
 */
class LudwigConfigsJdbcTest {
    private static final String VALID = "src/test/resources/config/valid/";
    static Connection conn;

    @BeforeAll
    static void setUp() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:mem:");
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE people (id INT PRIMARY KEY, age DOUBLE, income DOUBLE, price DOUBLE, rating INT, "
                    + "color VARCHAR, \"DAY\" VARCHAR, survived BOOLEAN, review VARCHAR)"); // DAY is an H2 keyword
        }
        Random r = new Random(16);
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 240; i++) {
                double age = 40 + 12 * r.nextGaussian();
                double income = 50 + 20 * r.nextGaussian();
                p.setInt(1, i);
                p.setDouble(2, age);
                p.setDouble(3, income);
                p.setDouble(4, 3 * age - income + r.nextGaussian());
                p.setInt(5, r.nextInt(5));
                p.setString(6, i % 11 == 0 ? null : new String[] {"red", "green", "blue"}[r.nextInt(3)]);
                p.setString(7, i % 13 == 0 ? null : String.format("2024-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)));
                boolean survived = (age - 40) / 12 + (income - 50) / 20 > 0;
                p.setBoolean(8, survived);
                p.setString(9, series(r, survived)); // a timeseries: rising for survivors, falling otherwise
                p.executeUpdate();
            }
        }
    }

    /** 4 to 10 numbers, rising or falling, with noise. */
    private static String series(Random r, boolean rising) {
        StringBuilder b = new StringBuilder();
        int n = 4 + r.nextInt(7);
        for (int t = 0; t < n; t++) {
            b.append(String.format(java.util.Locale.ROOT, "%.2f ", (rising ? t : n - t) * 0.5 + r.nextGaussian() * 0.3));
        }
        return b.toString().trim();
    }

    @AfterAll
    static void tearDown() throws SQLException {
        conn.close();
    }

    /** Trains {@code model} from a corpus config (one model, not k folds, to keep the test short); returns the notes. */
    private static String create(String model, String file) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL " + model + " FROM people WITH (trainer.folds = 1) CONFIG FILE '" + VALID + file + "'");
            StringBuilder notes = new StringBuilder();
            for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                notes.append(w.getMessage()).append('\n');
            }
            return notes.toString();
        }
    }

    private static List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.put(rs.getMetaData().getColumnLabel(c).toLowerCase(), rs.getObject(c));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static double metric(String model, String name) throws SQLException {
        return rows("EVALUATE " + model + " GIVEN SELECT * FROM people").stream()
                .filter(r -> name.equals(r.get("metric"))).mapToDouble(r -> ((Number) r.get("value")).doubleValue())
                .findFirst().orElseThrow();
    }

    @Test
    void tabnetConfigTrainsPredictsAndEvaluates() throws SQLException {
        String notes = create("tab", "39_tabnet_tuned_style.yaml");
        assertTrue(notes.contains("combiner.num_fc_layers"), "the stale key is named in a note:\n" + notes);
        assertTrue(notes.contains("combiner.fc_size"), notes);
        assertTrue(notes.contains("combiner.bn_virtual_divider"), notes);
        List<Map<String, Object>> predicted = rows("PREDICT survived WITH CONFIDENCE USING tab GIVEN SELECT * FROM people");
        assertEquals(240, predicted.size());
        assertNotNull(predicted.get(0).get("survived_probability"));
        double accuracy = metric("tab", "accuracy");
        assertTrue(accuracy > 0.8, "two numbers decide the class; tabnet finds them: " + accuracy);
        assertEquals("tabnet", rows("SHOW CONFIG tab").toString().contains("tabnet") ? "tabnet" : "missing");
    }

    @Test
    void tabnetRegression() throws SQLException {
        create("tabreg", "42_tabnet_regression.yaml");
        assertEquals(240, rows("PREDICT price USING tabreg GIVEN SELECT * FROM people").size());
        double r2 = metric("tabreg", "r2");
        assertTrue(r2 > 0.3, "price is linear in age and income: r2 " + r2);
    }

    @Test
    void stepOptionsShowInTheTrainingLog() throws SQLException {
        create("steps", "40_trainer_steps.yaml");
        List<Map<String, Object>> log = rows("SHOW TRAINING LOG steps");
        long maxSteps = log.stream().mapToLong(r -> ((Number) r.get("steps")).longValue()).max().orElseThrow();
        assertEquals(30, maxSteps, "train_steps ends training at step 30");
        // 192 training rows in batches of 16 (max_batch_size), 2 per step: 6 steps an epoch, evaluated every 3
        assertTrue(log.stream().anyMatch(r -> ((Number) r.get("steps")).longValue() == 3), log.toString());
        assertTrue(metric("steps", "accuracy") > 0.7);
    }

    @Test
    void strftimeDatesAndFillValuesTrain() throws SQLException {
        String notes = create("dated", "41_dates_and_fill_values.yaml");
        assertTrue(notes.contains("read as the java.time pattern 'yyyy-MM-dd'"), notes);
        // row 0 has neither color nor day: both filled with their fill_value
        assertEquals(1, rows("PREDICT survived USING dated GIVEN SELECT * FROM people WHERE id = 0").size());
        assertTrue(metric("dated", "accuracy") > 0.7);
    }

    @Test
    void fcLayersAndMlpClassifierTrainPredictAndEvaluate() throws SQLException {
        create("mlp", "43_fc_layers_mlp_classifier.yaml");
        assertEquals(240, rows("PREDICT survived USING mlp GIVEN SELECT * FROM people").size());
        assertTrue(metric("mlp", "accuracy") > 0.8);
        String config = rows("SHOW CONFIG mlp").toString();
        assertTrue(config.contains("mlp_classifier"), config);
    }

    @Test
    void transformerAndComparatorCombinersTrainPredictAndEvaluate() throws SQLException {
        create("former", "45_transformer_combiner.yaml");
        create("compare", "46_comparator_combiner.yaml");
        for (String m : List.of("former", "compare")) {
            assertEquals(240, rows("PREDICT survived USING " + m + " GIVEN SELECT * FROM people").size());
            double accuracy = metric(m, "accuracy");
            assertTrue(accuracy > 0.75, m + ": " + accuracy);
        }
    }

    @Test
    void outputMissingValuesAreFilledNotDropped() throws SQLException {
        create("filled", "47_output_missing_values.yaml");
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL dropped PREDICT color GIVEN age, income FROM people WITH (trainer.epochs = 2, "
                    + "trainer.folds = 1)");
        }
        // 22 of the 240 rows have no color (every 11th): dropped by default, filled with 'green' here
        assertEquals(List.of(218, 240), List.of(trainingRows("dropped"), trainingRows("filled")));
    }

    private static int trainingRows(String model) throws SQLException {
        List<Map<String, Object>> r = rows("SELECT training_rows, validation_rows, test_rows FROM pql.model_versions "
                + "WHERE model = '" + model + "'");
        return r.get(0).values().stream().mapToInt(v -> ((Number) v).intValue()).sum();
    }

    @Test
    void timeseriesInputTrainsPredictsAndEvaluates() throws SQLException {
        create("series", "48_timeseries_input.yaml");
        assertEquals(240, rows("PREDICT survived USING series GIVEN SELECT * FROM people").size());
        assertTrue(metric("series", "accuracy") > 0.8, "the series' trend is the class");
        assertEquals(1, rows("PREDICT survived USING series GIVEN review = '1 2 3 4 5 6', age = 40.0").size());
    }

    @Test
    void multiOutputConfigTrainsPredictsAndEvaluatesEachTarget() throws SQLException {
        create("multi", "50_multi_output.yaml");
        List<Map<String, Object>> predicted = rows("PREDICT survived, price USING multi GIVEN SELECT id, age, income, "
                + "color FROM people");
        assertEquals(240, predicted.size());
        assertEquals(List.of("id", "age", "income", "color", "survived", "price"), List.copyOf(predicted.get(0).keySet()));
        Map<String, Double> byTarget = new LinkedHashMap<>();
        for (Map<String, Object> r : rows("EVALUATE multi GIVEN SELECT * FROM people")) {
            byTarget.put(r.get("target") + "." + r.get("metric"), ((Number) r.get("value")).doubleValue());
        }
        assertTrue(byTarget.get("survived.accuracy") > 0.8, byTarget.toString());
        assertTrue(byTarget.get("price.r2") > 0.5, byTarget.toString());
    }

    @Test
    void explainShowsEveryTabnetValueFromTheConfig() throws SQLException {
        Map<String, String[]> byPath = new LinkedHashMap<>();
        for (Map<String, Object> r : rows("EXPLAIN CREATE MODEL x FROM people CONFIG FILE '" + VALID
                + "39_tabnet_tuned_style.yaml'")) {
            byPath.put((String) r.get("path"), new String[] {String.valueOf(r.get("value")), (String) r.get("source")});
        }
        for (String path : List.of("combiner.size", "combiner.num_steps", "combiner.bn_virtual_bs", "combiner.sparsity",
                "combiner.relaxation_factor", "trainer.epochs")) {
            assertEquals("config", byPath.get(path)[1], path + " = " + List.of(byPath.get(path)));
        }
        assertEquals("8", byPath.get("combiner.size")[0]);
    }

    @Test
    void tabnetFromAStatementWithPaths() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL stmt PREDICT survived GIVEN age, income FROM people WITH (combiner.type = 'tabnet', "
                    + "combiner.size = 4, combiner.output_size = 8, combiner.num_steps = 2, trainer.epochs = 8, "
                    + "trainer.folds = 1, trainer.gradient_accumulation_steps = 2)");
        }
        String config = rows("SHOW CONFIG stmt").toString();
        assertTrue(config.contains("tabnet"), config);
        assertTrue(metric("stmt", "accuracy") > 0.7);
    }
}
