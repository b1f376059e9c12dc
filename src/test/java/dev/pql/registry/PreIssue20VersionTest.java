package dev.pql.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version saved before calibration and drift statistics (a fixture written by PQL at 553522f)
 * still imports, loads and predicts exactly what it did; EVALUATE and SHOW CALIBRATION work on it
 * (before = after: it is not calibrated); SHOW DRIFT says why it cannot answer.
 */
class PreIssue20VersionTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/pre_issue20");

    @TempDir
    Path dir;

    @Test
    void anOldVersionPredictsAsItDid() throws Exception {
        Path copy = dir.resolve("old_net");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(FIXTURE.resolve("old_net"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        List<String> expected = Files.readAllLines(FIXTURE.resolve("old_net.expected.csv"));
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            s.execute("IMPORT MODEL old_net FROM '" + copy + "'");
            s.execute("CREATE TABLE t (x DOUBLE, color VARCHAR, flag BOOLEAN)");
            for (String line : expected) {
                String[] v = line.split(",");
                s.execute("INSERT INTO t VALUES (" + v[0] + ", '" + v[1] + "', " + v[2] + ")");
            }
            int row = 0;
            try (ResultSet rs = s.executeQuery("PREDICT flag WITH CONFIDENCE USING old_net GIVEN SELECT x, color FROM t "
                    + "ORDER BY x")) {
                while (rs.next()) {
                    String[] v = expected.get(row++).split(",");
                    assertEquals(Double.parseDouble(v[0]), rs.getDouble("x"));
                    assertEquals(Boolean.parseBoolean(v[2]), rs.getBoolean("flag"));
                    assertEquals(Double.parseDouble(v[3]), rs.getDouble("flag_probability"), 1e-6, "row " + row);
                }
            }
            assertEquals(expected.size(), row);
            try (ResultSet rs = s.executeQuery("EVALUATE old_net GIVEN SELECT * FROM t WHERE 1 = 1")) {
                boolean ece = false;
                while (rs.next()) {
                    ece |= rs.getString("metric").equals("ece");
                }
                assertTrue(ece, "EVALUATE reports ece for an old version too");
            }
            try (ResultSet rs = s.executeQuery("SHOW CALIBRATION old_net GIVEN SELECT * FROM t")) {
                while (rs.next()) {
                    assertEquals(rs.getInt("rows"), rs.getInt("rows_before"), "an uncalibrated version: before = after");
                }
            }
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SHOW DRIFT old_net GIVEN SELECT * FROM t"));
            assertEquals("22000", e.getSQLState());
            assertTrue(e.getMessage().contains("RETRAIN MODEL old_net"), e.getMessage());
        }
    }
}
