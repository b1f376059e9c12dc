package dev.pql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TableFormatterTest {

    private Connection conn;

    @BeforeEach
    void open() throws SQLException {
        conn = DriverManager.getConnection("jdbc:h2:mem:fmt");
    }

    @AfterEach
    void close() throws SQLException {
        conn.close();
    }

    private String render(String sql, int bufferRows) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
                Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            new TableFormatter(ps, bufferRows).print(rs);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void alignsNumbersRightAndTextLeftWithNullAndRowCount() throws SQLException {
        String out = render("SELECT * FROM (VALUES (1, 'a', CAST(0.98765432 AS DOUBLE)),"
                + " (22, NULL, CAST(12345.678 AS DOUBLE))) AS t(id, name, score) ORDER BY id", 1000);
        assertEquals("""
                +----+------+-----------+
                | ID | NAME |     SCORE |
                +----+------+-----------+
                |  1 | a    |    0.9877 |
                | 22 | NULL | 12345.678 |
                +----+------+-----------+
                (2 rows)
                """, out);
    }

    @Test
    void singleRowAndEmptyResultFooters() throws SQLException {
        assertTrue(render("SELECT 1 AS x", 1000).endsWith("(1 row)\n"));
        assertEquals("""
                +---+
                | X |
                +---+
                +---+
                (0 rows)
                """, render("SELECT 1 AS x WHERE 1 = 0", 1000));
    }

    @Test
    void longCellsAreTruncatedAndControlCharactersFlattened() throws SQLException {
        String out = render("SELECT REPEAT('x', 50) AS long_text,"
                + " 'a' || CHAR(10) || 'b' || CHAR(9) || 'c' AS ml", 1000);
        String row = out.lines().toList().get(3);
        assertEquals("| " + "x".repeat(39) + "… | a b c |", row);
    }

    @Test
    void rowsAfterTheBufferReuseWidthsAndAreClipped() throws SQLException {
        String out = render("SELECT * FROM (VALUES ('ab'), ('abcdef'), ('abc')) AS t(v)", 1);
        assertEquals("""
                +----+
                | V  |
                +----+
                | ab |
                | a… |
                | a… |
                +----+
                (3 rows)
                """, out);
    }

    @Test
    void formatsDoublesCompactly() {
        assertEquals("0.9877", TableFormatter.formatDouble(0.98765432));
        assertEquals("12345.678", TableFormatter.formatDouble(12345.678));
        assertEquals("3.1416", TableFormatter.formatDouble(3.14159265));
        assertEquals("2.0", TableFormatter.formatDouble(2.0));
        assertEquals("-0.5", TableFormatter.formatDouble(-0.5));
        assertEquals("0.0001235", TableFormatter.formatDouble(0.00012345678));
        assertEquals("1.235E+20", TableFormatter.formatDouble(1.2345e20));
        assertEquals("0.0", TableFormatter.formatDouble(0.0));
        assertEquals("NaN", TableFormatter.formatDouble(Double.NaN));
    }

    @Test
    void widestColumnsShrinkToFitTheTerminal() {
        int[] widths = {2, 40, 30};
        TableFormatter.fit(widths, 50); // 1 + (2+3) + (40+3) + (30+3) = 82 wide before
        assertEquals(50, 1 + widths[0] + widths[1] + widths[2] + 9);
        assertEquals(2, widths[0], "narrow columns keep their width");
        assertTrue(Math.abs(widths[1] - widths[2]) <= 1, widths[1] + " vs " + widths[2]);
        int[] tiny = {10, 10};
        TableFormatter.fit(tiny, 5);
        assertEquals(TableFormatter.MIN_FIT_WIDTH, tiny[0]);
    }

    @Test
    void nullIsDimmedOnAColourTerminalWithoutBreakingAlignment() throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
                Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT CAST(NULL AS VARCHAR) AS v, 'NULL' AS w")) {
            new TableFormatter(ps, 10, 0, new Ansi(true)).print(rs);
        }
        String row = bytes.toString(StandardCharsets.UTF_8).lines().toList().get(3);
        assertEquals("| \u001b[2mNULL\u001b[0m | NULL |", row, "only the real NULL is styled");
    }

    @Test
    void wideResultIsFittedToTheGivenWidth() throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
                Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT REPEAT('a', 40) AS x, REPEAT('b', 40) AS y")) {
            new TableFormatter(ps, 10, 41, Ansi.OFF).print(rs);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("| " + "a".repeat(16) + "… | " + "b".repeat(16) + "… |", lines.get(3));
        assertEquals(41, lines.get(3).length());
    }
}
