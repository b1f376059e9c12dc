package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input gets an error a person can act on, and never leaves a model version behind. */
class BadInputTest {
    static Connection conn;

    @BeforeAll
    static void setUp() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:mem:");
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE reviews (id INT PRIMARY KEY, review VARCHAR, color VARCHAR, amount DOUBLE, "
                    + "label VARCHAR, score DOUBLE)");
        }
        EndToEndTest.insert(conn, "reviews", 120, 3);
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL good PREDICT label GIVEN color, amount FROM reviews WITH (trainer.epochs = 1)");
        }
    }

    @AfterAll
    static void tearDown() throws SQLException {
        conn.close();
    }

    static SQLException fail(String sql) {
        return assertThrows(SQLException.class, () -> {
            try (Statement s = conn.createStatement()) {
                s.execute(sql);
            }
        });
    }

    @Test
    void syntaxErrorHasLineColumnAndExpectation() {
        SQLException e = fail("PREDICT label\nUSING good GIVN color = 'red'");
        assertInstanceOf(SQLSyntaxErrorException.class, e);
        assertEquals("42000", e.getSQLState());
        assertTrue(e.getMessage().startsWith("Syntax error at line 2, column 12: unexpected 'GIVN'; expected "),
                e.getMessage());
        assertTrue(e.getMessage().contains("Did you mean 'GIVEN'?"), e.getMessage());
    }

    @Test
    void unknownTableNamesTheCandidates() {
        SQLException e = fail("CREATE MODEL m PREDICT label FROM review");
        assertEquals("42S02", e.getSQLState());
        assertTrue(e.getMessage().contains("Table 'review' not found at line 1, column 35"), e.getMessage());
        assertTrue(e.getMessage().contains("Did you mean 'REVIEWS'?"), e.getMessage());
    }

    @Test
    void unknownColumnNamesTheCandidates() {
        SQLException e = fail("CREATE MODEL m PREDICT labl GIVEN color FROM reviews");
        assertEquals("42S22", e.getSQLState());
        assertTrue(e.getMessage().startsWith("Column 'labl' not found at line 1, column 24; the data has columns "
                + "ID, REVIEW, COLOR, AMOUNT, LABEL, SCORE."), e.getMessage());
        assertTrue(e.getMessage().endsWith("Did you mean 'LABEL'?"), e.getMessage());
    }

    @Test
    void unknownColumnInGivenQuery() {
        SQLException e = fail("PREDICT label USING good GIVEN SELECT colour FROM reviews");
        assertEquals("42S22", e.getSQLState());
        assertTrue(e.getMessage().contains("'colour' not found"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1, column 39"), e.getMessage());
    }

    @Test
    void unknownModelNamesTheCandidates() {
        SQLException e = fail("PREDICT label USING goood GIVEN color = 'red'");
        assertEquals("42P01", e.getSQLState());
        assertEquals("Model 'goood' not found; models: good. Did you mean 'good'?", e.getMessage());
    }

    @Test
    void unknownConfigKeyNamesThePath() {
        SQLException e = fail("CREATE MODEL m PREDICT label GIVEN color FROM reviews WITH (trainer.epoch = 3)");
        assertEquals("42P10", e.getSQLState());
        assertTrue(e.getMessage().startsWith("Unknown config key 'trainer.epoch'; allowed here: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("Did you mean 'epochs'?"), e.getMessage());
    }

    @Test
    void ludwigOnlyEncoderIsNotATypo() {
        SQLException e = fail("CREATE MODEL m PREDICT label GIVEN review ENCODER bert FROM reviews");
        assertEquals("0A000", e.getSQLState());
        assertTrue(e.getMessage().contains("valid in Ludwig but not supported by PQL yet"), e.getMessage());
    }

    @Test
    void createOverAnExistingModelIsRefusedBeforeTraining() {
        SQLException e = fail("CREATE MODEL good PREDICT label GIVEN color FROM reviews");
        assertEquals("42P07", e.getSQLState());
        assertTrue(e.getMessage().contains("use CREATE OR REPLACE MODEL"), e.getMessage());
    }

    @Test
    void failedTrainingLeavesNoVersion() throws SQLException {
        List<Integer> before = versions("good");
        SQLException e = fail("CREATE OR REPLACE MODEL good PREDICT score GIVEN color, amount FROM reviews "
                + "WITH (model_type = 'ecd', trainer.learning_rate = 10, trainer.epochs = 3, trainer.optimizer.type = 'sgd', "
                + "combiner.num_fc_layers = 3, combiner.output_size = 512)");
        assertEquals("XX001", e.getSQLState(), e.getMessage()); // TRAINING_FAILED, not any internal error
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
        assertEquals(before, versions("good"));
    }

    @Test
    void invalidConfigOnReplaceLeavesTheModelAsItWas() throws SQLException {
        List<Integer> before = versions("good");
        fail("CREATE OR REPLACE MODEL good PREDICT label GIVEN color FROM reviews WITH (combiner.dropout = 2)");
        assertEquals(before, versions("good"));
    }

    @Test
    void cancelDuringTrainingSavesNothing() throws Exception {
        try (Statement s = conn.createStatement()) {
            Thread canceller = new Thread(() -> {
                try {
                    Thread.sleep(300);
                    s.cancel();
                } catch (Exception ignored) {
                    // the assertion below reports what matters
                }
            });
            canceller.start();
            SQLException e = assertThrows(SQLException.class, () -> s.execute(
                    "CREATE MODEL slow PREDICT label GIVEN review, color FROM reviews "
                            + "WITH (trainer.epochs = 100000, trainer.early_stop = -1, trainer.batch_size = 1)"));
            canceller.join();
            assertEquals("57014", e.getSQLState(), e.getMessage());
        }
        try (Statement s = conn.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("DESCRIBE MODEL slow"));
            assertEquals("42P01", e.getSQLState());
        }
    }

    static List<Integer> versions(String model) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SHOW MODELS")) {
            while (rs.next()) {
                if (rs.getString("model").equals(model)) {
                    for (int v = 1; v <= rs.getInt("active_version"); v++) {
                        versions.add(v);
                    }
                    versions.add(-rs.getInt("versions"));
                }
            }
        }
        return versions;
    }
}
