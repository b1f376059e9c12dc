package dev.pql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backslash commands, run from scripts through {@link Main#run} against in-memory H2. */
class MetaCommandsTest {

    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String script, String... extra) {
        return runOn("jdbc:h2:mem:meta" + System.nanoTime(), script, extra);
    }

    private int runOn(String url, String script, String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = url;
        args[1] = "-e";
        args[2] = script;
        System.arraycopy(extra, 0, args, 3, extra.length);
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return Main.run(args, new ByteArrayInputStream(new byte[0]), o, e, false);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void formatSwitchesTheOutputOfLaterStatements() {
        assertEquals(0, run("\\format csv\nSELECT 1 AS a, 'x' AS b;\n\\format json\nSELECT 2 AS a;"));
        assertEquals("Output format is csv.\nA,B\r\n1,x\r\nOutput format is json.\n[\n  {\"A\": 2}\n]\n",
                out());
    }

    @Test
    void describeListsTablesAndColumns() {
        assertEquals(0, run("CREATE TABLE people(id INT NOT NULL, name VARCHAR(20));\n\\d\n"
                + "\\d PEOPLE\n\\d people;"));
        String text = out();
        assertTrue(text.contains("| PEOPLE | table | ID, NAME    |"), text);
        assertTrue(text.contains("Table PEOPLE\n"), text);
        assertTrue(text.contains("| ID     | INTEGER               | not null |"), text);
        assertTrue(text.contains("| NAME   | CHARACTER VARYING(20) |          |"), text);
        assertEquals(2, text.split("Table PEOPLE").length - 1, "\\d people; works too");
    }

    @Test
    void unknownNamesAndCommandsFailTheScript() {
        assertEquals(1, run("\\d nothing_here"));
        assertTrue(err().startsWith("<-e>:1: ERROR: no table, view or model named nothing_here"),
                err());
        err.reset();
        assertEquals(1, run("\\bogus"));
        assertTrue(err().contains("unknown command \\bogus; \\? lists the commands"), err());
    }

    @Test
    void outputFileReceivesResultsAndMessagesStayOnScreen() throws IOException {
        Path file = dir.resolve("out.csv");
        assertEquals(0, run("\\format csv\n\\o " + file + "\nSELECT 1 AS a UNION ALL SELECT 2;\n\\o\n"
                + "SELECT 3 AS c;"));
        assertEquals("A\r\n1\r\n2\r\n", Files.readString(file));
        assertTrue(out().contains("Results go to " + file + ".\n(2 rows)\n"), out());
        assertTrue(out().endsWith("C\r\n3\r\n"), out());
    }

    @Test
    void includeRunsAFileAndStopsAtItsFirstError() throws IOException {
        Path inc = Files.writeString(dir.resolve("inc.pql"), "SELECT 7 AS seven;\nSELECT nope;\n"
                + "SELECT 8 AS eight;\n");
        assertEquals(1, run("\\i " + inc + "\nSELECT 9 AS nine;"));
        assertTrue(out().contains("| SEVEN |"), out());
        assertTrue(!out().contains("EIGHT") && !out().contains("NINE"), out());
        assertTrue(err().startsWith(inc + ":2: ERROR: "), err());
    }

    @Test
    void selfIncludeIsStopped() throws IOException {
        Path self = dir.resolve("self.pql");
        Files.writeString(self, "\\i " + self + "\n");
        assertEquals(1, run("\\i " + self));
        assertTrue(err().contains("nested more than 16 deep"), err());
    }

    @Test
    void quitEndsTheScriptSuccessfully() {
        assertEquals(0, run("SELECT 1 AS a;\n\\q\nSELECT nope;", "-e", "SELECT nope;"));
        assertEquals("", err());
    }

    @Test
    void helpTextsAndToggles() {
        // \h reads the engine's pql.statements over the connection: a PQL database.
        assertEquals(0, runOn("jdbc:pql:mem:", "\\?\n\\h\n\\h create model\n\\timing on\n\\pager off\nSELECT 1 AS x;"));
        String text = out();
        assertTrue(text.contains("\\d NAME"), text);
        assertTrue(text.contains("Statements (\\h NAME for the syntax):\n  CREATE MODEL\n"), text);
        assertTrue(text.contains("CREATE [OR REPLACE] MODEL [IF NOT EXISTS] name"), text);
        assertTrue(text.contains("Timing is on.\nPager is off.\n"), text);
        assertTrue(text.matches("(?s).*\\(1 row\\)\nTime: \\d+\\.\\d{3} s\n"), text);
        assertEquals(0, runOn("jdbc:pql:mem:", "\\h show drift"));
        assertTrue(out().contains("SHOW DRIFT model [VERSION n] GIVEN query"), out());
        assertEquals(1, runOn("jdbc:pql:mem:", "\\h frobnicate"));
        assertTrue(err().contains("no help on frobnicate; one of: CREATE MODEL, PREDICT"), err());
    }
}
