package dev.pql.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one door: every statement enters through the connection's session. Two databases in one JVM
 * stay apart, PREDICT inside SQL works through Statement and PreparedStatement alike, and opening a
 * database changes nothing in it.
 */
class FrontDoorTest {

    private static void seed(Connection c, String target, int shift) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x DOUBLE, y DOUBLE, label VARCHAR)");
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < 120; i++) {
                double x = (i % 12) / 12.0;
                values.append(i > 0 ? ", " : "").append("(").append(x).append(", ").append((i * 7 % 10) / 10.0)
                        .append(", '").append(x + shift > 0.5 ? "hi" : "lo").append("')");
            }
            s.execute("INSERT INTO t VALUES " + values);
            s.execute("CREATE MODEL m PREDICT " + target + " FROM t WITH (trainer.epochs = 2, trainer.folds = 1)");
        }
    }

    @Test
    void twoDatabasesInOneJvmNeverSeeEachOthersModels(@TempDir Path dir) throws SQLException {
        try (Connection a = DriverManager.getConnection("jdbc:pql:" + dir.resolve("a"));
             Connection b = DriverManager.getConnection("jdbc:pql:" + dir.resolve("b"))) {
            seed(a, "label", 0);
            seed(b, "y", 0);
            String sql = "SELECT * FROM (PREDICT %s USING m GIVEN SELECT x, y, label FROM t WHERE x > ?) p";
            for (Object[] db : new Object[][] {{a, "label", "LABEL"}, {b, "y", "Y"}}) {
                Connection c = (Connection) db[0];
                try (PreparedStatement ps = c.prepareStatement(String.format(sql, db[1]))) {
                    assertSame(c, ps.getConnection());
                    ResultSetMetaData before = ps.getMetaData(); // answered before execution, as BI tools ask
                    assertNotNull(before);
                    assertEquals(4, before.getColumnCount());
                    ps.setDouble(1, 0.5);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertEquals(before.getColumnLabel(4), rs.getMetaData().getColumnLabel(4));
                        assertSame(ps, rs.getStatement());
                        int n = 0;
                        while (rs.next()) {
                            n++;
                            assertNotNull(rs.getObject(4));
                        }
                        assertEquals(50, n);
                    }
                }
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM (PREDICT " + db[1] + " USING m GIVEN SELECT * FROM t) p")) {
                    rs.next();
                    assertEquals(120, rs.getInt(1));
                }
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT target FROM pql.models")) {
                    rs.next();
                    assertEquals(db[1], rs.getString(1), "each database answers with its own model");
                }
            }
        }
    }

    @Test
    void aPqlStatementsQueryMayUseTheStoresOwnFunctions(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("t.csv");
        StringBuilder text = new StringBuilder("x,label\n");
        for (int i = 0; i < 60; i++) {
            text.append(i % 10).append(',').append(i % 10 > 4 ? "hi" : "lo").append('\n');
        }
        Files.writeString(csv, text);
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            // the FROM query names only the store (CSVREAD is H2's): it runs on H2, as the same SELECT would
            s.execute("CREATE MODEL m PREDICT label FROM (SELECT * FROM CSVREAD('" + csv + "')) "
                    + "WITH (trainer.epochs = 1, trainer.folds = 1)");
            try (ResultSet rs = s.executeQuery("PREDICT label USING m GIVEN SELECT * FROM CSVREAD('" + csv + "')")) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                assertEquals(60, n);
            }
        }
    }

    @Test
    void plainPreparedStatementsBelongToThePqlConnection(@TempDir Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE q (a INT)");
            s.execute("INSERT INTO q VALUES (1), (2), (3)");
            try (PreparedStatement ps = c.prepareStatement("SELECT a FROM q WHERE a > ?")) {
                assertSame(c, ps.getConnection());
                ps.setInt(1, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    assertSame(ps, rs.getStatement());
                    int n = 0;
                    while (rs.next()) {
                        n++;
                    }
                    assertEquals(2, n);
                }
            }
        }
    }

    @Test
    void openingADatabaseChangesNothingInIt(@TempDir Path dir) throws Exception {
        String url = "jdbc:pql:" + dir.resolve("db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE facts (n INT)");
            s.execute("INSERT INTO facts VALUES (7)");
            s.execute("CREATE VIEW big_facts AS SELECT n FROM facts WHERE n > 5");
            // an older PQL made a PQL schema in the store; what a user put there is theirs
            s.execute("CREATE SCHEMA IF NOT EXISTS PQL");
            s.execute("CREATE VIEW PQL.MY_NOTES AS SELECT 'keep me' AS note");
        }
        for (int i = 0; i < 2; i++) {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME IN "
                         + "('BIG_FACTS', 'MY_NOTES')")) {
                rs.next();
                assertEquals(2, rs.getInt(1));
            }
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT n FROM big_facts")) {
            assertTrue(rs.next());
            assertEquals(7, rs.getInt(1));
        }
    }
}
