package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pretrained text encoder end to end over JDBC (issue 16): all-MiniLM-L6-v2 from pql.jar's
 * class path, offline, frozen, with a trainable layer on top. Reviews whose words never repeat
 * between training and test rows (synonyms), so a model that learns only its own vocabulary cannot
 * tell them apart, while sentence embeddings can.
 */
class PretrainedTextJdbcTest {
    private static final List<String> GOOD = List.of("wonderful", "excellent", "delightful", "superb", "fantastic",
            "lovely", "brilliant", "great", "marvellous", "terrific");
    private static final List<String> BAD = List.of("awful", "terrible", "dreadful", "horrible", "disgusting",
            "miserable", "atrocious", "lousy", "appalling", "abysmal");
    private static final List<String> THINGS = List.of("the food", "our stay", "the service", "this film", "the hotel room",
            "the concert", "the book", "the waiter");
    static Connection conn;

    @BeforeAll
    static void setUp() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:mem:");
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE reviews (id INT PRIMARY KEY, review VARCHAR, title VARCHAR, sentiment VARCHAR, "
                    + "split INT)");
        }
        Random r = new Random(16);
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO reviews VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 80; i++) {
                boolean good = i % 2 == 0;
                boolean test = i >= 60; // test rows use the last three adjectives of each list, unseen in training
                List<String> words = good ? GOOD : BAD;
                String word = test ? words.get(7 + r.nextInt(3)) : words.get(r.nextInt(7));
                p.setInt(1, i);
                p.setString(2, THINGS.get(r.nextInt(THINGS.size())) + " was " + word);
                p.setString(3, i % 7 == 0 ? null : "a " + word + " time");
                p.setString(4, good ? "positive" : "negative");
                p.setInt(5, test ? 2 : i % 6 == 1 ? 1 : 0);
                p.executeUpdate();
            }
        }
    }

    @AfterAll
    static void tearDown() throws SQLException {
        conn.close();
    }

    private static double testAccuracy(String model) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("EVALUATE " + model
                + " GIVEN SELECT * FROM reviews WHERE split = 2")) {
            while (rs.next()) {
                if (rs.getString("metric").equals("accuracy")) {
                    return rs.getDouble("value");
                }
            }
        }
        throw new AssertionError("no accuracy");
    }

    @Test
    void ludwigAutoTransformerConfigTrainsPredictsAndEvaluates() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL pre FROM reviews WITH (trainer.folds = 1, preprocessing.split.type = 'fixed', "
                    + "preprocessing.split.column = 'split') CONFIG FILE 'src/test/resources/config/valid/50_pretrained_text.yaml'");
        }
        double accuracy = testAccuracy("pre");
        assertTrue(accuracy >= 0.8, "unseen synonyms are near in MiniLM's space: accuracy " + accuracy);
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
                "PREDICT sentiment USING pre GIVEN review = 'the dinner was outstanding', title = NULL")) {
            assertTrue(rs.next());
            assertEquals("positive", rs.getString("sentiment"));
        }
    }

    @Test
    void theShortNameWorksInAStatementAndBeatsAnEncoderThatLearnsItsOwnWords() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL mini PREDICT sentiment GIVEN review TEXT ENCODER minilm FROM reviews WITH ("
                    + "trainer.folds = 1, trainer.epochs = 15, preprocessing.split.type = 'fixed', "
                    + "preprocessing.split.column = 'split')");
            s.execute("CREATE MODEL own PREDICT sentiment GIVEN review TEXT ENCODER embed FROM reviews WITH ("
                    + "trainer.folds = 1, trainer.epochs = 15, preprocessing.split.type = 'fixed', "
                    + "preprocessing.split.column = 'split')");
        }
        double mini = testAccuracy("mini");
        double own = testAccuracy("own");
        assertTrue(mini >= 0.8 && mini > own, "minilm " + mini + " vs embed " + own);
    }

    @Test
    void otherPretrainedWeightsAreRefusedNamingTheOnesPqlShips() {
        SQLException e = assertThrows(SQLException.class, () -> conn.createStatement().execute(
                "CREATE MODEL bert PREDICT sentiment GIVEN review TEXT ENCODER auto_transformer "
                        + "(pretrained_model_name_or_path = 'bert-base-uncased') FROM reviews"));
        assertEquals("0A000", e.getSQLState());
        assertTrue(e.getMessage().contains("sentence-transformers/all-MiniLM-L6-v2"), e.getMessage());
    }
}
