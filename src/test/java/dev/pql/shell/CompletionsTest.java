package dev.pql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Completion candidates for typical places in PQL and SQL statements, on a fixed catalog and the
 * vocabulary an embedded engine serves over JDBC.
 */
class CompletionsTest {

    static Connection connection;
    static Vocabulary vocabulary;

    @BeforeAll
    static void connect() throws SQLException {
        connection = DriverManager.getConnection("jdbc:pql:mem:");
        vocabulary = new Vocabulary(connection);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    /** Two tables and one model, without a database. */
    static final Catalog CATALOG = new Catalog(null) {
        private final Map<String, List<String>> tables = Map.of(
                "EMAILS", List.of("ID", "SUBJECT", "BODY", "CLASS"),
                "HOUSES", List.of("AREA", "PRICE"));

        @Override
        List<String> tables() {
            return List.of("EMAILS", "HOUSES");
        }

        @Override
        List<String> columns(String table) {
            String t = Catalog.find(tables(), table);
            return t == null ? List.of() : tables.get(t);
        }

        @Override
        List<String> models() {
            return List.of("spam");
        }

        @Override
        Model model(String name) {
            return name.equalsIgnoreCase("spam")
                    ? new Model("spam", "class", "category", List.of("subject", "body")) : null;
        }
    };

    /** The candidate values at the end of {@code buffer} (or at the '|' in it). */
    private static List<String> at(String buffer) {
        int cursor = buffer.indexOf('|');
        String text = cursor < 0 ? buffer : buffer.replace("|", "");
        Completions.Result r = Completions.complete(text, cursor < 0 ? text.length() : cursor,
                CATALOG, vocabulary);
        return r.candidates().stream().map(Completions.Candidate::value).toList();
    }

    @Test
    void statementStartOffersStatementKeywordsInTheTypedCase() {
        assertTrue(at("").containsAll(List.of("SELECT", "CREATE", "PREDICT", "EVALUATE")));
        assertTrue(at("pre").contains("predict"), "lower-case typing gets lower-case keywords");
        assertTrue(at("SELECT 1; PRE").contains("PREDICT"), "a new statement after ;");
    }

    @Test
    void tablesAfterFromAndColumnsAfterSelect() {
        assertEquals(List.of("emails", "houses"), at("SELECT * FROM "));
        assertEquals(List.of("EMAILS", "HOUSES"), at("SELECT * FROM EM"), "upper case kept");
        List<String> select = at("SELECT | FROM houses");
        assertTrue(select.containsAll(List.of("area", "price")), select.toString());
        assertFalse(select.contains("subject"), "only columns of the tables in the statement");
        assertTrue(at("SELECT * FROM emails WHERE ").contains("class"));
        assertTrue(at("SELECT * FROM emails e, houses, e").contains("emails"),
                "after a comma in FROM the word may be a table");
    }

    @Test
    void qualifiedColumnsResolveAliases() {
        assertEquals(List.of("e.id", "e.subject", "e.body", "e.class"),
                at("SELECT e. FROM emails e".replace("e. ", "e.| ")));
        assertEquals(List.of("houses.area", "houses.price"), at("SELECT houses.p"));
    }

    @Test
    void modelNamesAfterUsingModelAndEvaluate() {
        assertEquals(List.of("spam"), at("PREDICT class USING "));
        assertEquals(List.of("spam"), at("DESCRIBE MODEL "));
        assertTrue(at("DROP MODEL ").contains("spam"));
        assertEquals(List.of("spam"), at("EVALUATE "));
        assertEquals(List.of("MODEL"), at("DESCRIBE "));
        assertEquals(List.of("MODEL", "TABLE", "VIEW"), at("DROP "));
        assertTrue(at("EXPORT ").containsAll(List.of("MODEL", "REPORT")), at("EXPORT ").toString());
    }

    @Test
    void showDriftTakesAModelThenVersionOrGivenThenAQuery() {
        assertTrue(at("SHOW ").containsAll(List.of("MODELS", "SOURCES", "DRIFT", "CALIBRATION", "TRAINING")),
                at("SHOW ").toString());
        assertEquals(List.of("LOG"), at("SHOW TRAINING "));
        assertEquals(List.of("spam"), at("SHOW DRIFT "));
        assertEquals(List.of("VERSION", "GIVEN"), at("SHOW DRIFT spam "));
        assertEquals(List.of("GIVEN"), at("SHOW DRIFT spam VERSION 2 "));
        assertEquals(List.of("SELECT"), at("SHOW DRIFT spam GIVEN "));
        assertEquals(List.of("emails", "houses"), at("SHOW DRIFT spam GIVEN SELECT * FROM "));
    }

    @Test
    void createModelColumnsComeFromTheFromTableEvenWhenTypedLater() {
        assertEquals(List.of("id", "subject", "body", "class"),
                at("CREATE MODEL m PREDICT class GIVEN | FROM emails"));
        List<String> afterColumn = at("CREATE MODEL m PREDICT class GIVEN subject ");
        assertTrue(afterColumn.containsAll(List.of("TEXT", "CATEGORY", "ENCODER", "FROM")),
                afterColumn.toString());
        List<String> target = at("CREATE MODEL m PREDICT class ");
        assertTrue(target.containsAll(List.of("CATEGORY", "BINARY", "NUMBER", "SET", "GIVEN")), target.toString());
        assertFalse(target.contains("TEXT"), "a target's types are the engine's output types: " + target);
    }

    @Test
    void encoderNamesFollowTheFeatureType() {
        // The engine's encoder registry as pql.encoders serves it: every text encoder it has, and only those.
        assertEquals(sorted(dev.pql.model.Encoders.names(dev.pql.config.FeatureType.TEXT)),
                at("CREATE MODEL m PREDICT class GIVEN body TEXT ENCODER "));
        assertTrue(at("CREATE MODEL m PREDICT class GIVEN body TEXT ENCODER ").containsAll(
                List.of("embed", "parallel_cnn", "rnn", "transformer")));
        assertEquals(sorted(dev.pql.model.Encoders.names(dev.pql.config.FeatureType.CATEGORY)),
                at("CREATE MODEL m PREDICT c GIVEN x CATEGORY ENCODER "));
        assertTrue(at("CREATE MODEL m PREDICT c GIVEN x ENCODER ").containsAll(
                List.of("embed", "parallel_cnn", "dense", "passthrough", "piecewise")));
    }

    @Test
    void configPathsInsideWithIncludeEachFeature() {
        List<String> paths = at("CREATE MODEL m PREDICT class GIVEN subject, body FROM emails"
                + " WITH (trainer.epochs = 2, ");
        assertTrue(paths.containsAll(List.of("trainer.epochs", "trainer.learning_rate",
                "combiner.dropout", "random_seed", "body.encoder.type", "subject.preprocessing.tokenizer",
                "class.preprocessing.most_common")), paths.toString());
        assertEquals(sorted(dev.pql.config.Options.variants("trainer.optimizer")),
                at("CREATE MODEL m PREDICT c GIVEN x FROM t WITH (trainer.optimizer.type = "));
        assertTrue(at("CREATE MODEL m PREDICT c GIVEN x FROM t WITH (trainer.optimizer.type = ")
                .containsAll(List.of("adam", "sgd", "adamw", "rmsprop")));
        assertTrue(at("CREATE MODEL m PREDICT c GIVEN x FROM t WITH (x.encoder.type = ")
                .containsAll(List.of("embed", "parallel_cnn", "dense", "passthrough", "transformer")));
    }

    @Test
    void featureOptionsInsideAFeaturesParentheses() {
        List<String> options = at("CREATE MODEL m PREDICT c GIVEN body TEXT (");
        assertTrue(options.containsAll(List.of("embedding_size", "tokenizer", "max_sequence_length")),
                options.toString());
        // What the tokenizer option's check allows, read from the option registry.
        assertTrue(at("CREATE MODEL m PREDICT c GIVEN body TEXT (lowercase = true, tokenizer = ")
                .containsAll(List.of("space", "space_punct", "characters")));
    }

    @Test
    void predictOffersTargetsOptionsAndFeatures() {
        assertEquals(List.of("class"), at("PREDICT "));
        assertEquals(List.of("CONFIDENCE", "PROBABILITIES"), at("PREDICT class WITH "));
        List<String> given = at("PREDICT class USING spam GIVEN ");
        assertTrue(given.containsAll(List.of("SELECT", "subject", "body")), given.toString());
        assertEquals(List.of("subject", "body"), at("PREDICT class GIVEN subject = 'x', "));
        assertTrue(at("PREDICT class USING spam GIVEN SELECT * FROM ").contains("emails"));
    }

    @Test
    void nothingInsideCommentsAndPlainStrings() {
        assertEquals(List.of(), at("SELECT 1 -- FROM "));
        assertEquals(List.of(), at("SELECT 'FROM "));
    }

    @Test
    void shellCommandsAndTheirArguments() {
        assertTrue(at("\\").containsAll(List.of("\\d", "\\format", "\\timing", "\\q")));
        assertEquals(List.of("table", "csv", "json", "markdown"), at("\\format "));
        assertEquals(List.of("emails", "houses", "spam"), at("\\d "));
        assertTrue(at("\\h ").containsAll(List.of("CREATE MODEL", "PREDICT")));
    }

    @Test
    void filesInsideCsvreadAndAfterInclude() {
        List<String> files = at("CREATE TABLE t AS SELECT * FROM CSVREAD('src/test/java/dev/pql/sh");
        assertEquals(List.of("src/test/java/dev/pql/shell/"), files);
        assertTrue(at("\\i src/test/java/dev/pql/shell/Compl")
                .contains("src/test/java/dev/pql/shell/CompletionsTest.java"));
    }

    @Test
    void wordStartSplitsOnSqlPunctuation() {
        for (String buffer : List.of("SELECT * FROM a, bb,|em", "x WITH (|trainer.epochs",
                "\\i  |x/y.pql", "SELECT |\"My Col", "SELECT * FROM t WHERE a=|b")) {
            String text = buffer.replace("|", "");
            assertEquals(buffer.indexOf('|'), Completions.wordStart(text, text.length()), buffer);
        }
    }

    private static List<String> sorted(java.util.Collection<String> names) {
        return List.copyOf(new java.util.TreeSet<>(names));
    }
}
