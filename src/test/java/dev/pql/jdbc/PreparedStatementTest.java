package dev.pql.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PreparedStatement with {@code ?} in PQL statements, batches, update counts and wasNull. */
class PreparedStatementTest {
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
    void predictGivenParameters() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "PREDICT buys WITH CONFIDENCE USING buyer GIVEN age = ?, city = ?")) {
            assertEquals(2, ps.getParameterMetaData().getParameterCount());
            ResultSetMetaData before = ps.getMetaData(); // BI tools ask before executing
            assertEquals(List.of("age", "city", "buys", "buys_probability"), labels(before));
            for (int age : new int[] {25, 60}) {
                ps.setInt(1, age);
                ps.setString(2, "Paris");
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(age, rs.getInt("age"));
                    assertTrue(Fixtures.CLASSES.contains(rs.getString("buys")), rs.getString("buys"));
                    double p = rs.getDouble("buys_probability");
                    assertFalse(rs.wasNull());
                    assertTrue(p >= 0 && p <= 1, "probability " + p);
                    assertFalse(rs.next());
                    assertEquals(ResultSet.TYPE_FORWARD_ONLY, rs.getType());
                    assertEquals(ps, rs.getStatement());
                }
            }
            ps.setLong(1, 40);
            ps.setString(2, "Lyon");
            assertTrue(ps.execute());
            assertEquals(-1, ps.getUpdateCount());
            ResultSet rs = ps.getResultSet();
            assertTrue(rs.next());
            assertEquals("Lyon", rs.getString("city"));
            assertFalse(rs.wasNull());
            assertFalse(ps.getMoreResults());
            assertEquals(-1, ps.getUpdateCount());
        }
    }

    @Test
    void parameterInGivenSelectAndQuotesStayValues() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "PREDICT buys USING buyer GIVEN SELECT id, age, city FROM people WHERE id = ? OR city = ?")) {
            ps.setInt(1, 3);
            ps.setString(2, "x' OR '1'='1"); // a value, never SQL
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(3, rs.getInt("id"));
                assertFalse(rs.next());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("PREDICT buys USING buyer GIVEN age = ?, city = ?")) {
            ps.setDouble(1, -3.5); // negative: no "--" comment may appear
            ps.setString(2, "O'Hara; DROP TABLE people --");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("O'Hara; DROP TABLE people --", rs.getString("city"));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM people")) {
            assertTrue(rs.next());
            assertEquals(40, rs.getInt(1));
        }
    }

    @Test
    void parametersInFromQueryAndWithSettings() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("CREATE MODEL subset PREDICT buys GIVEN age NUMBER, city"
                + " FROM (SELECT * FROM people WHERE id < ?) WITH (trainer.epochs = ?)")) {
            assertEquals(2, ps.getParameterMetaData().getParameterCount());
            assertNull(ps.getMetaData(), "CREATE MODEL does not train to describe itself");
            ps.setInt(1, 30);
            ps.setInt(2, 1);
            ps.execute(); // trains (the engine may answer with a summary row)
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW MODELS")) {
            boolean found = false;
            while (rs.next()) {
                if (rs.getString("model").equals("subset")) {
                    assertEquals(30, rs.getInt("rows"), "the bound FROM query selected the rows");
                    found = true;
                }
            }
            assertTrue(found);
        }
    }

    @Test
    void missingAndWrongParametersHaveSqlStates() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("PREDICT buys USING buyer GIVEN age = ?, city = ?")) {
            ps.setInt(1, 30);
            assertEquals("07001", assertThrows(SQLException.class, ps::executeQuery).getSQLState());
            assertEquals("07009", assertThrows(SQLException.class, () -> ps.setInt(3, 1)).getSQLState());
            assertEquals("07000", assertThrows(SQLException.class, () -> ps.execute("SHOW MODELS")).getSQLState());
        }
        SQLException e = assertThrows(SQLException.class, () -> c.prepareStatement("PREDICT buys USING GIVEN ?"));
        assertEquals("42000", e.getSQLState());
    }

    @Test
    void batchInsertAndUpdateCounts() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE batch_t (id INT, name VARCHAR(10))");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_t VALUES (?, ?)")) {
                for (int i = 0; i < 3; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "n" + i);
                    ps.addBatch();
                }
                assertArrayEquals(new int[] {1, 1, 1}, ps.executeBatch());
            }
            s.addBatch("INSERT INTO batch_t VALUES (10, 'a')");
            s.addBatch("UPDATE batch_t SET name = 'b' WHERE id < 2");
            assertArrayEquals(new int[] {1, 2}, s.executeBatch());
            // A batch with a PQL statement runs statement by statement.
            s.addBatch("DROP MODEL IF EXISTS no_such_model");
            s.addBatch("DELETE FROM batch_t WHERE id = 10");
            assertArrayEquals(new int[] {0, 1}, s.executeBatch());
            assertEquals(3, s.executeUpdate("DELETE FROM batch_t"));
            assertFalse(s.execute("DROP MODEL IF EXISTS no_such_model"));
            assertEquals(0, s.getUpdateCount());
            assertNull(s.getResultSet());
            assertFalse(s.getMoreResults());
            assertEquals(-1, s.getUpdateCount());
        }
    }

    @Test
    void wasNullOnPqlResults() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DESCRIBE MODEL buyer");
             ResultSet rs = ps.executeQuery()) {
            boolean sawOutput = false;
            while (rs.next()) {
                boolean output = rs.getString("role").equals("output");
                String encoder = rs.getString("encoder");
                assertEquals(output, rs.wasNull(), "the output feature has no encoder");
                assertEquals(1, rs.getInt("version"));
                assertFalse(rs.wasNull());
                sawOutput |= output && encoder == null;
            }
            assertTrue(sawOutput);
        }
    }

    @Test
    void warningsReachTheClient() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeQuery("PREDICT buys USING buyer GIVEN age = 30").close(); // no city: filled, with a warning
            assertNotNull(s.getWarnings());
            assertEquals("01000", s.getWarnings().getSQLState());
            assertTrue(s.getWarnings().getMessage().contains("city"), s.getWarnings().getMessage());
            s.clearWarnings();
            assertNull(s.getWarnings());
        }
    }

    static List<String> labels(ResultSetMetaData md) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            out.add(md.getColumnLabel(i));
        }
        return out;
    }
}
