package dev.pql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Cancel and query timeout stop training and PREDICT cleanly; every failure carries a SQLSTATE. */
class CancelAndErrorsTest {
    /** Runs for minutes unless stopped: one row per step, no early stop. */
    static final String ENDLESS = "CREATE MODEL endless PREDICT buys GIVEN age, city FROM people"
            + " WITH (trainer.epochs = 100000, trainer.batch_size = 1, trainer.early_stop = -1)";

    @TempDir
    static Path dir;
    static Connection c;

    @BeforeAll
    static void train() throws SQLException {
        c = DriverManager.getConnection("jdbc:pql:" + dir);
        Fixtures.peopleAndModel(c);
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    @Test
    void queryTimeoutStopsTrainingAndSavesNothing() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(1);
            assertEquals(1, s.getQueryTimeout());
            SQLTimeoutException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(SQLTimeoutException.class, () -> s.execute(ENDLESS)));
            assertEquals("57014", e.getSQLState());
            assertTrue(e.getMessage().contains("timeout"), e.getMessage());
            s.setQueryTimeout(0);
            assertEquals(1, countModels(s), "no version of the stopped model");
        }
    }

    @Test
    void cancelFromAnotherThreadStopsTraining() throws Exception {
        try (Statement s = c.createStatement()) {
            Thread canceller = new Thread(() -> {
                try {
                    Thread.sleep(700);
                    s.cancel();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            canceller.start();
            SQLException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(SQLException.class, () -> s.execute(ENDLESS)));
            canceller.join();
            assertEquals("57014", e.getSQLState());
            assertEquals(1, countModels(s));
        }
    }

    @Test
    void cancelStopsPredictBetweenRowsAndMaxRowsCuts() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setMaxRows(3);
            try (ResultSet rs = s.executeQuery("PREDICT buys USING buyer GIVEN SELECT age, city FROM people")) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                assertEquals(3, n);
            }
            s.setMaxRows(0);
            ResultSet rs = s.executeQuery("PREDICT buys USING buyer GIVEN SELECT age, city FROM people");
            assertTrue(rs.next());
            s.cancel();
            assertEquals("57014", assertThrows(SQLException.class, rs::next).getSQLState());
            rs.close();
            // The statement is usable again after a cancel.
            try (ResultSet again = s.executeQuery("PREDICT buys USING buyer GIVEN age = 20, city = 'Nice'")) {
                assertTrue(again.next());
            }
        }
    }

    @Test
    void everyFailureHasASqlState() throws SQLException {
        try (Statement s = c.createStatement()) {
            SQLException syntax = assertThrows(SQLSyntaxErrorException.class, () -> s.execute("PREDICT FROM"));
            assertEquals("42000", syntax.getSQLState());
            assertState("42P01", () -> s.executeQuery("PREDICT buys USING nosuch GIVEN age = 1"));
            assertState("42P07", () -> s.execute(Fixtures.CREATE_MODEL));
            assertState("42S02", () -> s.execute("CREATE MODEL m PREDICT x FROM nosuch"));
            assertState("07000", () -> s.executeQuery("DROP MODEL IF EXISTS nosuch"));
            assertState("07000", () -> s.executeUpdate("SHOW MODELS"));
            assertState("42S02", () -> s.executeQuery("SELECT * FROM nosuch")); // the store's own state
            assertState("22023", () -> s.setQueryTimeout(-1));
        }
        assertState("08001", () -> DriverManager.getConnection("jdbc:pql:"));
        assertState("08001", () -> DriverManager.getConnection("jdbc:pql:remote:http://127.0.0.1:1"));
        Statement closed = c.createStatement();
        closed.close();
        assertState("08003", () -> closed.execute("SHOW MODELS"));
        assertInstanceOf(SQLTimeoutException.class, Errors.of("x", "57014"));
    }

    @Test
    void aPqlResultSetIsForwardOnlyAndItsFailuresCarryASqlState() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW MODELS")) {
            assertTrue(rs.next());
            assertState("24000", rs::previous);
            assertState("24000", rs::beforeFirst);
            assertState("24000", () -> rs.absolute(1));
            assertState("", () -> rs.getObject(999)); // no such column: the engine's result set says so, with a state
            assertState("", () -> rs.getInt("model")); // a name is not a number
            assertTrue(s == rs.getStatement());
            assertTrue(rs.unwrap(ResultSet.class) == rs);
            assertTrue(rs.isWrapperFor(ResultSet.class));
            assertEquals(ResultSet.CONCUR_READ_ONLY, rs.getConcurrency());
            assertNotNull(rs.getString("model"));
        }
    }

    static void assertState(String state, Executable call) {
        SQLException e = assertThrows(SQLException.class, call);
        assertNotNull(e.getSQLState(), e.toString());
        assertTrue(e.getSQLState().startsWith(state), "expected " + state + " but got " + e.getSQLState() + ": " + e);
        assertFalse(e.getMessage().isBlank());
    }

    static int countModels(Statement s) throws SQLException {
        int n = 0;
        try (ResultSet rs = s.executeQuery("SHOW MODELS")) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }
}
