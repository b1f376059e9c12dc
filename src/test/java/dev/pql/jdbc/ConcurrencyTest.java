package dev.pql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Connections to one database in one JVM: readers keep working, and see whole versions, while a writer retrains. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void readersSeeWholeVersionsWhileAWriterRetrains() throws Exception {
        String url = "jdbc:pql:" + dir;
        try (Connection writer = DriverManager.getConnection(url)) {
            Fixtures.peopleAndModel(writer);
            AtomicBoolean done = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> read(url, done)));
            }
            try (Statement s = writer.createStatement()) {
                for (int v = 2; v <= 3; v++) {
                    s.execute(Fixtures.CREATE_MODEL.replace("CREATE MODEL", "CREATE OR REPLACE MODEL"));
                }
            } finally {
                done.set(true);
            }
            for (Future<Integer> f : readers) {
                assertTrue(f.get(60, TimeUnit.SECONDS) > 0, "each reader predicted");
            }
            pool.shutdown();
            try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("SHOW MODELS")) {
                assertTrue(rs.next());
                assertEquals(3, rs.getInt("versions"));
            }
        }
    }

    /** Predicts and browses models until the writer is done; any error fails the test. */
    static int read(String url, AtomicBoolean done) throws SQLException {
        int predictions = 0;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            do {
                try (ResultSet rs = s.executeQuery("PREDICT buys USING buyer GIVEN age = 40, city = 'Nice'")) {
                    assertTrue(rs.next());
                    assertTrue(Fixtures.CLASSES.contains(rs.getString("buys")));
                    predictions++;
                }
                try (ResultSet rs = c.getMetaData().getColumns(null, "PQL", "buyer", "%")) {
                    int columns = 0;
                    while (rs.next()) {
                        columns++;
                    }
                    assertEquals(3, columns, "a version's columns are all there, or none are");
                }
            } while (!done.get());
        }
        return predictions;
    }
}
