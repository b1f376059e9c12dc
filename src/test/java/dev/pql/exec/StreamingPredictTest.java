package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** PREDICT over many rows reads through the result set in batches: memory stays flat. */
class StreamingPredictTest {

    @Test
    void twoHundredThousandRowsWithBoundedMemory() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:pql:mem:"); Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE points AS SELECT X AS id, MOD(X, 7) * 1.0 AS a, MOD(X, 13) * 1.0 AS b, "
                    + "CASE WHEN MOD(X, 7) > 3 THEN 'hi' ELSE 'lo' END AS label FROM SYSTEM_RANGE(1, 200000)");
            s.execute("CREATE MODEL pts PREDICT label GIVEN a, b FROM (SELECT * FROM points WHERE id <= 500) "
                    + "WITH (trainer.epochs = 1)");
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            long peak = 0;
            long rows = 0;
            try (ResultSet rs = s.executeQuery("PREDICT label WITH CONFIDENCE USING pts GIVEN SELECT id, a, b FROM points")) {
                while (rs.next()) {
                    rows++;
                    if (rows % 20_000 == 0) {
                        System.gc();
                        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed() - baseline);
                    }
                }
            }
            assertEquals(200_000, rows);
            // 200k predicted rows held at once would be ~100 MB of boxed objects; a batch is a few hundred kB.
            assertTrue(peak < 48L * 1024 * 1024, "heap grew by " + peak / 1024 / 1024 + " MB while streaming");
        }
    }

    /** The GIVEN rows are read lazily (see LazyQueryTest): the connection still runs other statements meanwhile. */
    @Test
    void otherStatementsRunWhileAPredictIsOpen() throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:pql:mem:"); Statement s = conn.createStatement();
             Statement other = conn.createStatement()) {
            s.execute("CREATE TABLE points AS SELECT X AS id, MOD(X, 7) * 1.0 AS a, MOD(X, 13) * 1.0 AS b, "
                    + "CASE WHEN MOD(X, 7) > 3 THEN 'hi' ELSE 'lo' END AS label FROM SYSTEM_RANGE(1, 20000)");
            s.execute("CREATE TABLE seen (n INT)");
            s.execute("CREATE MODEL pts PREDICT label GIVEN a, b FROM (SELECT * FROM points WHERE id <= 500) "
                    + "WITH (trainer.epochs = 1)");
            long rows = 0;
            try (ResultSet rs = s.executeQuery("PREDICT label USING pts GIVEN SELECT id, a, b FROM points")) {
                while (rs.next()) {
                    rows++;
                    if (rows == 1000) {
                        other.execute("INSERT INTO seen VALUES (1)");
                        other.execute("DELETE FROM points WHERE id > 10000");
                        try (ResultSet count = other.executeQuery("SELECT COUNT(*) FROM points")) {
                            assertTrue(count.next());
                            assertEquals(10_000, count.getLong(1));
                        }
                    }
                }
            }
            // the PREDICT answers the rows as they were when it started, as a whole result would
            assertEquals(20_000, rows);
        }
    }

    /**
     * From the second batch on, batches are scored on a thread beside the reading one: the rows come
     * in order with the predictions each gets alone, and bad input in a later batch still fails
     * with its own SQLSTATE.
     */
    @Test
    void batchesScoredBesideReadingKeepOrderAnswersAndErrors() throws Exception {
        try (Connection conn = DriverManager.getConnection("jdbc:pql:mem:"); Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE points AS SELECT X AS id, MOD(X * 7, 11) * 1.0 AS a, MOD(X, 13) * 1.0 AS b, "
                    + "CASE WHEN MOD(X * 7, 11) > 5 THEN 'hi' ELSE 'lo' END AS label FROM SYSTEM_RANGE(1, 3000)");
            s.execute("CREATE MODEL pts PREDICT label GIVEN a, b FROM points WITH (model_type = 'ecd', trainer.epochs = 2)");
            java.util.Map<Long, String> alone = new java.util.HashMap<>();
            for (int from = 1; from <= 3000; from += 500) { // 500 rows: one batch, scored on the reading thread
                try (ResultSet rs = s.executeQuery("PREDICT label WITH CONFIDENCE USING pts GIVEN SELECT id, a, b FROM points "
                        + "WHERE id BETWEEN " + from + " AND " + (from + 499))) {
                    while (rs.next()) {
                        alone.put(rs.getLong("id"), rs.getString("label") + " " + rs.getDouble("label_probability"));
                    }
                }
            }
            long expected = 1;
            try (ResultSet rs = s.executeQuery("PREDICT label WITH CONFIDENCE USING pts GIVEN SELECT id, a, b FROM points ORDER BY id")) {
                while (rs.next()) {
                    assertEquals(expected, rs.getLong("id"));
                    assertEquals(alone.get(expected), rs.getString("label") + " " + rs.getDouble("label_probability"));
                    expected++;
                }
            }
            assertEquals(3001, expected);
            try (ResultSet rs = s.executeQuery("PREDICT label USING pts GIVEN SELECT id, CASE WHEN id = 2500 THEN 'abc' "
                    + "ELSE CAST(a AS VARCHAR) END AS a, b FROM points ORDER BY id")) {
                SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                });
                assertEquals("22018", e.getSQLState(), e.getMessage());
                assertTrue(e.getMessage().contains("abc"), e.getMessage());
            }
            // A PREDICT a client never closes leaves no scoring thread behind (it ends once idle).
            ResultSet dropped = s.getConnection().createStatement().executeQuery("PREDICT label USING pts GIVEN SELECT a, b FROM points");
            for (int i = 0; i < 1500; i++) {
                assertTrue(dropped.next());
            }
            assertTrue(scoringThreads() > 0, "a PREDICT past its first batch scores on a thread of its own");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (scoringThreads() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(0, scoringThreads(), "the unclosed PREDICT's scoring thread still runs");
            // The scoring thread's one core is its own: a thread that starts on libtorch afterwards gets every core.
            int[] fresh = new int[1];
            Thread t = new Thread(() -> {
                try (ai.djl.ndarray.NDManager m = ai.djl.ndarray.NDManager.newBaseManager()) {
                    m.ones(new ai.djl.ndarray.types.Shape(512, 512)).matMul(m.ones(new ai.djl.ndarray.types.Shape(512, 512)))
                            .sum().getFloat();
                }
                fresh[0] = ai.djl.pytorch.jni.JniUtils.getNumThreads();
            });
            t.start();
            t.join();
            assertEquals(dev.pql.model.Engines.threads(), fresh[0], "a new thread's libtorch cores after a PREDICT");
        }
    }

    private static long scoringThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("pql-predict-scoring")).count();
    }
}
