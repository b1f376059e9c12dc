package dev.pql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextFormatsTest {

    private static final String ROWS = "SELECT * FROM (VALUES"
            + " (1, 'plain', CAST(0.98765432 AS DOUBLE), TRUE),"
            + " (2, 'a,b \"q\"' || CHAR(10) || 'x|y', NULL, NULL),"
            + " (3, '', CAST('NaN' AS DOUBLE), FALSE)) AS t(id, txt, score, ok) ORDER BY id";

    private Connection conn;

    @BeforeEach
    void open() throws SQLException {
        conn = DriverManager.getConnection("jdbc:h2:mem:formats");
    }

    @AfterEach
    void close() throws SQLException {
        conn.close();
    }

    private String render(ResultWriter.Format format, String sql) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
                Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            ResultWriter.of(format, ps, 0, Ansi.OFF).write(rs, n -> { });
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void csvQuotesOnlyWhatNeedsItAndKeepsFullPrecision() throws SQLException {
        assertEquals("ID,TXT,SCORE,OK\r\n"
                + "1,plain,0.98765432,true\r\n"
                + "2,\"a,b \"\"q\"\"\nx|y\",,\r\n"
                + "3,\"\",NaN,false\r\n", render(ResultWriter.Format.CSV, ROWS));
    }

    @Test
    void jsonIsAnArrayOfObjectsWithTypedValues() throws SQLException {
        assertEquals("""
                [
                  {"ID": 1, "TXT": "plain", "SCORE": 0.98765432, "OK": true},
                  {"ID": 2, "TXT": "a,b \\"q\\"\\nx|y", "SCORE": null, "OK": null},
                  {"ID": 3, "TXT": "", "SCORE": null, "OK": false}
                ]
                """, render(ResultWriter.Format.JSON, ROWS));
        assertEquals("[]\n", render(ResultWriter.Format.JSON, "SELECT 1 AS x WHERE 1 = 0"));
    }

    @Test
    void markdownEscapesPipesAndRightAlignsNumbers() throws SQLException {
        assertEquals("""
                | ID | TXT | SCORE | OK |
                | ---: | --- | ---: | --- |
                | 1 | plain | 0.9877 | true |
                | 2 | a,b "q" x\\|y | NULL | NULL |
                | 3 |  | NaN | false |
                """, render(ResultWriter.Format.MARKDOWN, ROWS));
    }

    @Test
    void formatNamesParseInAnyCase() {
        assertEquals(ResultWriter.Format.JSON, ResultWriter.Format.parse(" Json "));
        assertEquals(null, ResultWriter.Format.parse("xml"));
    }
}
