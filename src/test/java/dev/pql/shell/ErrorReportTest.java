package dev.pql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ErrorReportTest {

    private static String report(String sql, String message, String state) {
        return ErrorReport.format(sql, new SQLException(message, state), "", Ansi.OFF);
    }

    @Test
    void lineAndColumnInTheMessagePlaceTheCaret() {
        String sql = "CREATE MODEL m PREDICT class\nGIVEN bogus FROM emails";
        assertEquals("""
                ERROR: Column 'bogus' not found at line 2, column 7. (SQLSTATE 42S22)
                LINE 2: GIVEN bogus FROM emails
                              ^""",
                report(sql, "Column 'bogus' not found at line 2, column 7.", "42S22"));
    }

    @Test
    void theEnginesPositionWinsOverTheMessageText() throws Exception {
        // Embedded, a real engine error: the column the statement names is not in the data.
        String sql = "CREATE TABLE e (a INT, y INT)";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:pql:mem:");
                java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
            String create = "CREATE MODEL m\n  PREDICT y GIVEN bogus FROM e";
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> s.execute(create));
            dev.pql.error.PqlException p = dev.pql.error.PqlException.in(e);
            assertEquals(new dev.pql.error.PqlException.Position(2, 19), p.position(), e.getMessage());
            String shown = ErrorReport.format(create, e, "", Ansi.OFF);
            assertEquals("LINE 2:   PREDICT y GIVEN bogus FROM e\n"
                    + "                          ^", shown.substring(shown.indexOf("LINE 2")), shown);
        }
        // The position the error carries is used even when the message says another (or none).
        SQLException carried = new SQLException("Column 'bogus' not found.", "42S22",
                new dev.pql.error.PqlException(dev.pql.error.ErrorCode.COLUMN_NOT_FOUND, "x",
                        new dev.pql.error.PqlException.Position(1, 19)));
        assertEquals("ERROR: Column 'bogus' not found. (SQLSTATE 42S22)\nLINE 1: SELECT bogus FROM t\n"
                + "                          ^", ErrorReport.format("SELECT bogus FROM t", carried, "", Ansi.OFF),
                "the carried position (the t), not the name's one occurrence the message would give");
    }

    @Test
    void aCaretDrawnByTheDriverIsKept() {
        String message = "Syntax error at line 1, column 6: unexpected 'FOO'.\nSHOW FOO\n     ^";
        assertEquals("ERROR: Syntax error at line 1, column 6: unexpected 'FOO'. (SQLSTATE 42000)\n"
                + "SHOW FOO\n     ^", report("SHOW FOO", message, "42000"));
    }

    @Test
    void h2MarkerAndItsRepeatedStatementAreUsed() {
        assertEquals("""
                ERROR: Syntax error in SQL statement "SELECT * [*]FRM t" (SQLSTATE 42000)
                LINE 1: SELECT * FRM t
                                 ^""",
                report("SELECT * FRM t", "Syntax error in SQL statement \"SELECT * [*]FRM t\"", "42000"));
        assertEquals("""
                ERROR: Column "NOPE" not found (SQLSTATE 42S22)
                LINE 1: SELECT nope FROM t
                               ^""", report("SELECT nope FROM t",
                "Column \"NOPE\" not found; SQL statement:\nSELECT nope FROM t [42122-252]", "42S22"));
    }

    @Test
    void ambiguousOrUnknownPositionsGetNoCaret() {
        assertEquals("ERROR: Column \"A\" not found (SQLSTATE 42S22)",
                report("SELECT a FROM t WHERE a > 1", "Column \"A\" not found", "42S22"));
        assertEquals("ERROR: Division by zero", report("SELECT 1/0", "Division by zero", null));
    }

    @Test
    void longLinesAreCutToAWindowAroundTheCaret() {
        String sql = "SELECT " + "x, ".repeat(60) + "bogus FROM t";
        String[] lines = report(sql, "Column \"BOGUS\" not found", "42S22").split("\n");
        assertEquals(lines[1].indexOf("bogus"), lines[2].indexOf('^'));
        assertEquals(true, lines[1].startsWith("LINE 1: …"));
    }

    @Test
    void runtimeExceptionsNameTheirClass() {
        assertEquals("f:1: ERROR: java.lang.IllegalStateException: boom",
                ErrorReport.format("x", new IllegalStateException("boom"), "f:1: ", Ansi.OFF));
    }
}
