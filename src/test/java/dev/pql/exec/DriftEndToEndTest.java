package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SHOW DRIFT, pql.drift and PREDICT's drift warning through JDBC, on rows whose shift we control:
 * {@code later} has the training distribution; {@code moved} has x two standard deviations higher,
 * mostly a color training never saw and notes full of new words, and z as it was.
 */
class DriftEndToEndTest {
    @TempDir
    static Path dir;
    static Connection conn;

    @BeforeAll
    static void train() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db"));
        try (Statement s = conn.createStatement()) {
            for (String t : new String[] {"train", "later", "moved"}) {
                s.execute("CREATE TABLE " + t + " (x DOUBLE, z DOUBLE, color VARCHAR, note VARCHAR, label BOOLEAN)");
            }
        }
        insert("train", 600, 1, false);
        insert("later", 300, 2, false);
        insert("moved", 300, 3, true);
        try (Statement s = conn.createStatement()) {
            s.executeQuery("CREATE MODEL m PREDICT label GIVEN x, z, color, note TEXT FROM train "
                    + "WITH (trainer.epochs = 2, trainer.folds = 1)").close();
        }
    }

    static void insert(String table, int rows, long seed, boolean moved) throws SQLException {
        Random r = new Random(seed);
        String[] colors = {"red", "green", "blue"};
        String[] words = {"cheap", "meeting", "offer", "report", "lunch", "invoice", "click", "win", "today", "team"};
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                double x = r.nextGaussian() + (moved ? 2 : 0);
                p.setDouble(1, x);
                p.setDouble(2, r.nextGaussian());
                p.setString(3, moved && r.nextDouble() < 0.7 ? "purple" : colors[r.nextInt(3)]);
                StringBuilder note = new StringBuilder();
                for (int w = 0; w < 5; w++) {
                    note.append(moved && r.nextDouble() < 0.6 ? "new" + r.nextInt(500) : words[r.nextInt(words.length)])
                            .append(' ');
                }
                p.setString(4, note.toString());
                p.setBoolean(5, x + r.nextGaussian() > 0);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    /** SHOW DRIFT's rows by feature: statistic, value, threshold, drifted, rows, training_rows. */
    private static Map<String, Object[]> drift(String table) throws SQLException {
        Map<String, Object[]> out = new HashMap<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SHOW DRIFT m GIVEN SELECT * FROM " + table)) {
            assertEquals("feature,type,statistic,value,threshold,drifted,rows,training_rows",
                    columns(rs.getMetaData()).toLowerCase(java.util.Locale.ROOT));
            while (rs.next()) {
                out.put(rs.getString("feature"), new Object[] {rs.getString("statistic"), rs.getDouble("value"),
                        rs.getDouble("threshold"), rs.getBoolean("drifted"), rs.getInt("rows"), rs.getInt("training_rows")});
            }
        }
        return out;
    }

    @Test
    void showDriftFindsTheMovedFeaturesAndOnlyThem() throws SQLException {
        Map<String, Object[]> same = drift("later");
        assertEquals(4, same.size());
        for (Object[] row : same.values()) {
            assertFalse((Boolean) row[3], "the training distribution has not drifted: " + java.util.Arrays.toString(row));
            assertEquals(300, row[4]);
        }
        assertEquals("psi", same.get("x")[0]);
        assertEquals("psi", same.get("color")[0]);
        assertEquals("oov_rate_change", same.get("note")[0]);

        Map<String, Object[]> moved = drift("moved");
        for (String f : new String[] {"x", "color", "note"}) {
            assertTrue((Boolean) moved.get(f)[3], f + " moved: " + java.util.Arrays.toString(moved.get(f)));
        }
        assertFalse((Boolean) moved.get("z")[3], "z did not move: " + java.util.Arrays.toString(moved.get("z")));
        assertTrue((Double) moved.get("x")[1] > 1.0, "x moved by two sd");
        assertTrue((Double) moved.get("note")[1] > 0.4, "about 60% of the words are new");
        System.out.printf("drift: x psi %.3f (same data %.3f), color psi %.3f (%.3f), note oov change %.3f (%.3f), "
                + "z psi %.3f%n", moved.get("x")[1], same.get("x")[1], moved.get("color")[1], same.get("color")[1],
                moved.get("note")[1], same.get("note")[1], moved.get("z")[1]);
        historyIsKeptInTheModelFolder();
    }

    private void historyIsKeptInTheModelFolder() throws SQLException {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT feature, statistic, drifted, \"ROWS\", training_rows FROM pql.drift "
                     + "WHERE model = 'm' AND version = 1 ORDER BY checked_at, feature")) {
            int runs = 0;
            int drifted = 0;
            while (rs.next()) {
                runs++;
                drifted += rs.getBoolean("drifted") ? 1 : 0;
                assertEquals(300, rs.getInt(4));
            }
            assertTrue(runs >= 8 && runs % 4 == 0, "4 features per SHOW DRIFT run: " + runs);
            assertTrue(drifted >= 3, "the moved run's three features");
        }
        assertTrue(Files.exists(dir.resolve("db").resolve("models/m/drift_history.jsonl")));
    }

    @Test
    void predictWarnsOnceWhenItsRowsHaveDrifted() throws SQLException {
        try (Statement s = conn.createStatement()) {
            try (ResultSet rs = s.executeQuery("PREDICT label USING m GIVEN SELECT * FROM moved")) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                assertEquals(300, n, "drift warns; it does not refuse");
                SQLWarning w = s.getWarnings();
                int driftWarnings = 0;
                for (SQLWarning x = w; x != null; x = x.getNextWarning()) {
                    if (x.getMessage().contains("drifted")) {
                        driftWarnings++;
                        assertTrue(x.getMessage().contains("x (psi") && x.getMessage().contains("color (psi")
                                && x.getMessage().contains("note (oov_rate_change"), x.getMessage());
                        assertFalse(x.getMessage().contains("z (psi"), x.getMessage());
                    }
                }
                assertEquals(1, driftWarnings, "one warning naming the features");
            }
            try (ResultSet rs = s.executeQuery("PREDICT label USING m GIVEN SELECT x, z, color, note FROM later")) {
                assertNull(s.getWarnings(), "no drift, no warning");
            }
            try (ResultSet rs = s.executeQuery("PREDICT label USING m GIVEN SELECT x, z, color, note FROM moved LIMIT 50")) {
                assertNull(s.getWarnings(), "too few rows to tell drift from chance: no warning");
            }
        }
    }

    @Test
    void showDriftNeedsGivenAndAKnownModel() throws SQLException {
        try (Statement s = conn.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SHOW DRIFT m"));
            assertEquals("42000", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("GIVEN"), e.getMessage());
            e = assertThrows(SQLException.class, () -> s.executeQuery("SHOW DRIFT nope GIVEN SELECT * FROM later"));
            assertEquals("42P01", e.getSQLState(), e.getMessage());
        }
    }

    private static String columns(java.sql.ResultSetMetaData md) throws SQLException {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            out.append(i == 1 ? "" : ",").append(md.getColumnLabel(i));
        }
        return out.toString();
    }
}
