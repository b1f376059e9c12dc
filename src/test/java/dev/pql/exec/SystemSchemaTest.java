package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The pql system schema and PREDICT composed into plain SQL. */
public class SystemSchemaTest {

    @Test
    void catalogIsQueryableWithSqlAndPredictComposes(@TempDir Path dir) throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db"))) {
            try (Statement s = conn.createStatement()) {
                s.execute("CREATE TABLE reviews (id INT PRIMARY KEY, review VARCHAR, color VARCHAR, amount DOUBLE, "
                        + "label VARCHAR, score DOUBLE)");
            }
            EndToEndTest.insert(conn, "reviews", 200, 7);
            try (Statement s = conn.createStatement()) {
                s.execute("CREATE MODEL senti PREDICT label GIVEN review, color FROM reviews "
                        + "WITH (model_type = 'ecd', trainer.epochs = 2, trainer.learning_rate = 0.02, trainer.batch_size = 16)");
                s.execute("RETRAIN MODEL senti WITH (trainer.epochs = 1)");

                assertEquals(List.of("senti|2|2|label"), strings(s, "SELECT model, active_version, versions, target FROM pql.models"));
                assertEquals(List.of("1|false|200", "2|true|200"),
                        strings(s, "SELECT version, active, rows FROM pql.model_versions ORDER BY version"));
                assertEquals(List.of("review|input|text", "color|input|category", "label|output|category"),
                        strings(s, "SELECT feature, role, type FROM pql.features WHERE version = 2"));
                assertFalse(strings(s, "SELECT metric_value FROM pql.metrics WHERE split = 'test' AND metric = 'accuracy'").isEmpty());
                assertEquals(List.of("3"), strings(s, "SELECT COUNT(*) FROM (SELECT DISTINCT version, epoch FROM pql.training_log)"));
                // A join between the catalog and its metrics: the kind of question a BI tool asks.
                assertEquals(2, strings(s, "SELECT v.version, m.metric_value FROM pql.model_versions v JOIN pql.metrics m "
                        + "ON m.model = v.model AND m.version = v.version WHERE m.metric = 'accuracy' AND m.split = 'test'").size());

                List<String> spam = strings(s, "SELECT p.id, p.label FROM (PREDICT label WITH CONFIDENCE USING senti "
                        + "GIVEN SELECT id, review, color FROM reviews) p WHERE p.label_probability > 0.5 AND p.id < 10 ORDER BY p.id");
                assertEquals(10, spam.size());
                List<String> counts = strings(s, "SELECT label, COUNT(*) FROM (PREDICT label USING senti GIVEN SELECT * FROM reviews) "
                        + "GROUP BY label ORDER BY label");
                assertEquals(2, counts.size(), counts.toString());
            }
            try (ResultSet rs = conn.getMetaData().getTables(null, "PQL", "%", null)) {
                List<String> names = new ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
                assertTrue(names.containsAll(List.of("MODELS", "MODEL_VERSIONS", "FEATURES", "METRICS", "TRAINING_LOG")),
                        names.toString());
            }
        }
    }

    public static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(b.toString());
            }
        }
        return rows;
    }

    @Test
    void theEngineServesItsVocabulary() throws SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:pql:mem:");
             java.sql.Statement s = c.createStatement()) {
            try (java.sql.ResultSet rs = s.executeQuery("SELECT name, least_role FROM pql.statements")) {
                java.util.Map<String, String> roles = new java.util.HashMap<>();
                while (rs.next()) {
                    roles.put(rs.getString(1), rs.getString(2));
                }
                assertEquals(StatementKinds.all().size(), roles.size());
                assertEquals("analyst", roles.get("CREATE MODEL"));
                assertEquals("reader", roles.get("SHOW WARNINGS"));
            }
            try (java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pql.encoders WHERE feature_type = 'text' "
                    + "AND encoder IN ('embed', 'parallel_cnn')")) {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1));
            }
            try (java.sql.ResultSet rs = s.executeQuery("SELECT default_value FROM pql.options WHERE scope = 'trainer' "
                    + "AND name = 'learning_rate'")) {
                assertTrue(rs.next(), "trainer.learning_rate is listed");
                assertFalse(rs.getString(1) == null);
            }
            // What an option allows, where it is a list: its check's values, a typed section's types, true and false.
            assertEquals(List.of("space, space_punct, characters, ngram"), strings(s,
                    "SELECT allowed_values FROM pql.options WHERE scope = 'text.preprocessing' AND name = 'tokenizer'"));
            assertEquals(List.of(String.join(", ", dev.pql.config.Options.variants("trainer.optimizer"))), strings(s,
                    "SELECT allowed_values FROM pql.options WHERE scope = 'trainer' AND name = 'optimizer'"));
            assertEquals(List.of("true, false"), strings(s,
                    "SELECT allowed_values FROM pql.options WHERE scope = 'text.preprocessing' AND name = 'lowercase'"));
            assertEquals(List.of("null"), strings(s,
                    "SELECT allowed_values FROM pql.options WHERE scope = 'trainer' AND name = 'learning_rate'"));
            // Every feature type, with whether a GIVEN column and a PREDICT target may have it.
            List<String> types = strings(s, "SELECT feature_type, as_input, as_output FROM pql.feature_types");
            assertEquals(dev.pql.config.FeatureType.values().length, types.size());
            assertTrue(types.contains("category|true|true") && types.contains("image|true|false"), types.toString());
        }
    }
}
