package dev.pql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.server.PqlServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell's words come from the connection it uses: completion and {@code \h} against a remote
 * {@code pql server}, against a database that serves a statement the shell has never heard of, and
 * against a database that serves no PQL words at all.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServedVocabularyTest {
    @TempDir
    static Path dir;
    static PqlServer server;
    static Connection remote;

    @BeforeAll
    static void start() throws Exception {
        server = PqlServer.start(new PqlServer.Options(dir, "127.0.0.1", 0, Map.of("alice", "pw"), null));
        Properties props = new Properties();
        props.setProperty("user", "alice");
        props.setProperty("password", "pw");
        remote = DriverManager.getConnection("jdbc:pql:remote:" + server.httpUrl(), props);
    }

    @AfterAll
    static void stop() throws Exception {
        if (remote != null) {
            remote.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static List<String> at(Connection connection, String buffer) {
        return at(new Vocabulary(connection), buffer);
    }

    private static List<String> at(Vocabulary vocabulary, String buffer) {
        return Completions.complete(buffer, buffer.length(), CompletionsTest.CATALOG, vocabulary).candidates().stream()
                .map(Completions.Candidate::value).toList();
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** What {@code script} prints (and its errors) in a shell on {@code connection}. */
    private static String run(Connection connection, String script) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new Shell(connection, out, out, false).runScript(script, "test", true);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A plain H2 database {@code name} with an empty pql.statements table of its own. */
    private static Connection withStatements(String name) throws SQLException {
        Connection h2 = DriverManager.getConnection("jdbc:h2:mem:" + name);
        try (Statement s = h2.createStatement()) {
            s.execute("CREATE SCHEMA pql");
            s.execute("CREATE TABLE pql.statements(name VARCHAR, help VARCHAR)");
        }
        return h2;
    }

    @Test
    void aRemoteShellCompletesFromTheServersViews() throws SQLException {
        Vocabulary words = new Vocabulary(remote);
        List<String> text = at(words, "CREATE MODEL m PREDICT class GIVEN body TEXT ENCODER ");
        assertEquals(column(remote, "SELECT encoder FROM pql.encoders WHERE feature_type = 'text' ORDER BY encoder"), text);
        assertTrue(text.containsAll(List.of("embed", "parallel_cnn", "transformer")), text.toString());
        List<String> paths = at(words, "CREATE MODEL m PREDICT class GIVEN body FROM emails WITH (");
        assertTrue(paths.containsAll(List.of("trainer.learning_rate", "trainer.optimizer.type", "combiner.type",
                "body.encoder.type", "body.preprocessing.tokenizer")), paths.toString());
        assertTrue(at(words, "CREATE MODEL m PREDICT c GIVEN body TEXT (lowercase = true, tokenizer = ")
                .containsAll(List.of("space", "space_punct", "characters")));
        assertTrue(at(words, "CREATE MODEL m PREDICT c GIVEN x FROM t WITH (trainer.optimizer.type = ")
                .containsAll(List.of("adam", "sgd", "adamw", "rmsprop")));
        assertTrue(at(words, "CREATE MODEL m PREDICT c GIVEN x ").containsAll(List.of("TEXT", "CATEGORY", "IMAGE")));
        assertTrue(at(words, "").containsAll(List.of("EVALUATE", "PREDICT", "SHOW", "SELECT")));
        assertTrue(at(words, "SHOW ").containsAll(List.of("CALIBRATION", "DRIFT", "WARNINGS")), at(words, "SHOW ").toString());
        // A PQL word in the middle of a statement comes from the server's getSQLKeywords.
        assertTrue(at(words, "SELECT a ").contains("GIVEN"), at(words, "SELECT a ").toString());
    }

    @Test
    void aRemoteShellsHelpIsTheServers() throws SQLException {
        String help = column(remote, "SELECT help FROM pql.statements WHERE name = 'EVALUATE'").get(0);
        String out = run(remote, "\\h evaluate\n\\h\n\\h sql\n");
        assertTrue(out.contains(help), out);
        assertTrue(out.contains("Statements (\\h NAME for the syntax):\n  CREATE MODEL\n"), out);
        assertTrue(out.contains("Every other statement is SQL"), out);
    }

    @Test
    void statementStartsAreExactlySqlsAndWhatTheEngineServes() throws SQLException {
        TreeSet<String> expected = new TreeSet<>(Vocabulary.SQL_STARTS);
        for (String name : column(remote, "SELECT name FROM pql.statements")) {
            expected.add(name.split(" ")[0]);
        }
        assertEquals(List.copyOf(expected), at(remote, ""));
    }

    @Test
    void aStatementOnlyTheDatabaseKnowsIsCompletedAndHelped() throws SQLException {
        try (Connection h2 = withStatements("served_words"); Statement s = h2.createStatement()) {
            s.execute("INSERT INTO pql.statements VALUES ('FROBNICATE WIDGETS', 'FROBNICATE WIDGETS w: frobs them.'), "
                    + "('SHOW UNICORNS', 'SHOW UNICORNS: every unicorn.')");
            s.execute("CREATE TABLE pql.encoders(feature_type VARCHAR, encoder VARCHAR)");
            s.execute("INSERT INTO pql.encoders VALUES ('text', 'quill')");
            s.execute("CREATE TABLE pql.feature_types(feature_type VARCHAR, as_input BOOLEAN, as_output BOOLEAN)");
            s.execute("INSERT INTO pql.feature_types VALUES ('text', TRUE, FALSE), ('scroll', TRUE, TRUE)");
            s.execute("CREATE TABLE pql.options(scope VARCHAR, name VARCHAR, kind VARCHAR, allowed_values VARCHAR)");
            s.execute("INSERT INTO pql.options VALUES ('trainer', 'nib', 'string', 'fine, broad')");
            Vocabulary words = new Vocabulary(h2);
            assertTrue(at(words, "").contains("FROBNICATE"), at(words, "").toString());
            assertFalse(at(words, "").contains("PREDICT"), "PREDICT is the engine's word, not the shell's");
            assertEquals(List.of("UNICORNS"), at(words, "SHOW "));
            assertEquals(List.of("quill"), at(words, "CREATE MODEL m PREDICT c GIVEN body TEXT ENCODER "));
            assertEquals(List.of("SCROLL", "ENCODER", "GIVEN", "FROM"), at(words, "CREATE MODEL m PREDICT c "),
                    "a target's types are the outputs the database serves");
            assertEquals(List.of("SCROLL", "TEXT", "ENCODER", "FROM"), at(words, "CREATE MODEL m PREDICT c GIVEN x "));
            assertTrue(at(words, "CREATE MODEL m PREDICT c GIVEN x FROM t WITH (").contains("trainer.nib"));
            assertEquals(List.of("broad", "fine"), at(words, "CREATE MODEL m PREDICT c GIVEN x FROM t WITH (trainer.nib = "));
            String out = run(h2, "\\h frobnicate\n");
            assertTrue(out.contains("FROBNICATE WIDGETS w: frobs them."), out);
        }
    }

    @Test
    void theWordsAreReadAtFirstUseAndKeptForTheSession() throws SQLException {
        try (Connection h2 = withStatements("lazy_words"); Statement s = h2.createStatement()) {
            Vocabulary words = new Vocabulary(h2);
            s.execute("INSERT INTO pql.statements VALUES ('FIRST WORD', 'read at first use')");
            assertTrue(at(words, "").contains("FIRST"), "nothing is read before completion asks");
            s.execute("INSERT INTO pql.statements VALUES ('SECOND WORD', 'too late')");
            assertFalse(at(words, "").contains("SECOND"), "read once per session");
        }
    }

    @Test
    void anOlderEngineWithoutFeatureTypesOrAllowedValuesStillCompletes() throws SQLException {
        try (Connection h2 = withStatements("older_words"); Statement s = h2.createStatement()) {
            s.execute("CREATE TABLE pql.encoders(feature_type VARCHAR, encoder VARCHAR)");
            s.execute("INSERT INTO pql.encoders VALUES ('text', 'embed'), ('number', 'dense')");
            s.execute("CREATE TABLE pql.options(scope VARCHAR, name VARCHAR, kind VARCHAR, default_value VARCHAR, doc VARCHAR)");
            s.execute("INSERT INTO pql.options VALUES ('trainer', 'epochs', 'integer', '100', 'Epochs.')");
            Vocabulary words = new Vocabulary(h2);
            assertEquals(List.of("NUMBER", "TEXT", "ENCODER", "FROM"), at(words, "CREATE MODEL m PREDICT c GIVEN x "));
            assertTrue(at(words, "CREATE MODEL m PREDICT c GIVEN x FROM t WITH (").contains("trainer.epochs"));
            assertEquals(List.of(), at(words, "CREATE MODEL m PREDICT c GIVEN x FROM t WITH (trainer.epochs = "));
        }
    }

    @Test
    void aDatabaseWithoutPqlWordsGetsSqlsAndTheShellGoesOn() throws SQLException {
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:no_words")) {
            Vocabulary words = new Vocabulary(h2);
            List<String> starts = at(words, "");
            assertTrue(starts.containsAll(List.of("SELECT", "CREATE", "DROP")), starts.toString());
            assertFalse(starts.contains("PREDICT"), starts.toString());
            assertEquals(List.of(), at(words, "SHOW "));
            assertEquals(List.of(), at(words, "CREATE MODEL m PREDICT c GIVEN body TEXT ENCODER "));
            assertTrue(at(words, "SELECT a ").contains("FROM"));
            String out = run(h2, "\\h\nSELECT 41 + 1 AS answer;\n");
            assertTrue(out.contains("Statements (\\h NAME for the syntax):\n  SQL"), out);
            assertTrue(out.contains("42"), out);
        }
    }
}
