package dev.pql.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CONFIG, EXPLAIN, SHOW CONFIG and DIFF MODEL through JDBC, on a few dozen rows and one epoch. */
class ConfigStatementsJdbcTest {
    private static final String CONFIG = "input_features:\n  - {name: review, type: text}\n  - {name: color}\n"
            + "output_features:\n  - {name: label, type: category}\ntrainer: {epochs: 1, batch_size: 8}\n";
    static Connection conn;

    @BeforeAll
    static void setUp() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:mem:");
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE reviews (id INT PRIMARY KEY, review VARCHAR, color VARCHAR, label VARCHAR)");
        }
        String[] words = {"great", "awful", "fine", "broken", "love", "hate", "ok", "box"};
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO reviews VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < 40; i++) {
                p.setInt(1, i);
                p.setString(2, words[i % 8] + " " + words[(i * 3) % 8] + " " + words[(i * 5) % 8]);
                p.setString(3, new String[] {"red", "green", "blue"}[i % 3]);
                p.setString(4, i % 2 == 0 ? "good" : "bad");
                p.executeUpdate();
            }
        }
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL m FROM reviews CONFIG '" + CONFIG + "'");
            s.execute("CREATE OR REPLACE MODEL m FROM reviews WITH (review.encoder.type = 'parallel_cnn', "
                    + "trainer.learning_rate = 0.01) CONFIG '" + CONFIG + "'");
        }
    }

    @AfterAll
    static void tearDown() throws SQLException {
        conn.close();
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

    @Test
    void explainResolvesWithoutTraining() throws SQLException {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN CREATE MODEL e PREDICT label GIVEN review, color FROM reviews "
                     + "WITH (trainer.epochs = 7)")) {
            Map<String, String[]> byPath = new LinkedHashMap<>();
            while (rs.next()) {
                byPath.put(rs.getString("path"), new String[] {rs.getString("value"), rs.getString("source")});
            }
            assertEquals(List.of("7", "with"), List.of(byPath.get("trainer.epochs")));
            assertEquals(List.of("text", "inferred"), List.of(byPath.get("review.type")));
            assertEquals(List.of("0.01", "data"), List.of(byPath.get("trainer.learning_rate")));
            SQLWarning w = s.getWarnings();
            StringBuilder all = new StringBuilder();
            for (; w != null; w = w.getNextWarning()) {
                all.append(w.getMessage()).append('\n');
            }
            assertTrue(all.toString().contains("review: text (inferred"), all.toString());
        }
        assertThrows(SQLException.class, () -> rows("SHOW CONFIG e"), "EXPLAIN must not create the model");
    }

    @Test
    void showConfigIsTheStoredYaml() throws SQLException {
        Map<String, Object> row = rows("SHOW CONFIG m VERSION 1").get(0);
        assertEquals(1, row.get("version"));
        String yaml = (String) row.get("config");
        assertTrue(yaml.contains("  - name: review\n    column: REVIEW\n    type: text\n"), yaml);
        assertTrue(yaml.contains("  epochs: 1\n"), yaml);
        // The YAML is a config again: it makes the same model.
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL again FROM reviews CONFIG '" + yaml.replace("'", "''") + "'");
        }
        assertEquals(rows("SHOW CONFIG m VERSION 1").get(0).get("config"), rows("SHOW CONFIG again").get(0).get("config"));
    }

    @Test
    void showConfigPathsIsOneRowPerOption() throws SQLException {
        Map<String, Object> byPath = new LinkedHashMap<>();
        for (Map<String, Object> r : rows("SHOW CONFIG m VERSION 2 PATHS")) {
            byPath.put((String) r.get("path"), r.get("value"));
        }
        assertEquals("parallel_cnn", byPath.get("review.encoder.type"));
        assertEquals("0.01", byPath.get("trainer.learning_rate"));
    }

    @Test
    void diffShowsWhatChanged() throws SQLException {
        Map<String, List<Object>> diff = new LinkedHashMap<>();
        for (Map<String, Object> r : rows("DIFF MODEL m VERSION 1, VERSION 2")) {
            diff.put((String) r.get("path"), List.of(String.valueOf(r.get("version_a")), String.valueOf(r.get("version_b"))));
        }
        assertEquals(List.of("embed", "parallel_cnn"), diff.get("review.encoder.type"));
        assertNull(diff.get("trainer.learning_rate"), "both versions got the data default");
        assertEquals(List.of("null", "64"), diff.get("review.encoder.num_filters"));
        assertNull(diff.get("trainer.epochs"));
    }

    @Test
    void configErrorsHaveTheirSqlState() {
        SQLException typo = assertThrows(SQLException.class, () -> rows("EXPLAIN CREATE MODEL x PREDICT label "
                + "GIVEN review FROM reviews WITH (trainer.epocs = 2)"));
        assertEquals("42P10", typo.getSQLState());
        assertTrue(typo.getMessage().contains("Did you mean 'epochs'?"), typo.getMessage());
        SQLException hyperopt = assertThrows(SQLException.class, () -> rows("EXPLAIN CREATE MODEL x FROM reviews "
                + "CONFIG '" + CONFIG + "hyperopt: {goal: minimize}\n'"));
        assertEquals("42P10", hyperopt.getSQLState(), "a search of no parameter");
        assertTrue(hyperopt.getMessage().contains("hyperopt.parameters"), hyperopt.getMessage());
        SQLException tpe = assertThrows(SQLException.class, () -> rows("EXPLAIN CREATE MODEL x FROM reviews "
                + "CONFIG '" + CONFIG + "hyperopt: {search_alg: {type: optuna}, parameters: {trainer.epochs: "
                + "{space: randint, lower: 1, upper: 3}}}\n'"));
        assertEquals("0A000", tpe.getSQLState(), "a model-based search PQL does not run: " + tpe.getMessage());
        SQLException version = assertThrows(SQLException.class, () -> rows("SHOW CONFIG m VERSION 9"));
        assertEquals("42P02", version.getSQLState());
    }

    @Test
    void explainRetrainShowsTheOverride() throws SQLException {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Map<String, Object> r : rows("EXPLAIN RETRAIN MODEL m WITH (trainer.epochs = 2)")) {
            sources.put((String) r.get("path"), (String) r.get("source"));
        }
        assertEquals("with", sources.get("trainer.epochs"));
        assertEquals("stored", sources.get("review.encoder.type"));
    }
}
