package dev.pql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: runs scripts through {@link Main#run} against an in-memory H2 database. */
class ShellTest {

    private static final String URL = "jdbc:h2:mem:shelltest";

    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return Main.run(args, in, o, e, false);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path script(String text) throws IOException {
        return Files.writeString(dir.resolve("test.pql"), text);
    }

    @Test
    void runsScriptAndPrintsTable() throws IOException {
        Path file = script("""
                -- a comment line before the first statement
                CREATE TABLE people(id INT, name VARCHAR(20));
                INSERT INTO people VALUES (1, 'ann; o''neil'), (2, NULL);
                SELECT id, name FROM people ORDER BY id;
                DROP TABLE people
                """);
        assertEquals(0, run("", URL, "-f", file.toString()), err());
        assertEquals("""
                OK
                OK, 2 rows affected
                +----+-------------+
                | ID | NAME        |
                +----+-------------+
                |  1 | ann; o'neil |
                |  2 | NULL        |
                +----+-------------+
                (2 rows)
                OK
                """, out());
        assertEquals("", err());
    }

    @Test
    void failingStatementStopsScriptWithLineNumber() throws IOException {
        Path file = script("SELECT 1 AS a;\n\nSELECT * FROM\n  no_such_table;\nSELECT 2 AS b;\n");
        assertEquals(1, run("", URL, "-f", file.toString()));
        List<String> error = err().strip().lines().toList();
        assertTrue(error.get(0).startsWith(file + ":3: ERROR: "), error.get(0));
        assertTrue(error.get(0).contains("NO_SUCH_TABLE") && error.get(0).endsWith("(SQLSTATE 42S04)"),
                error.get(0));
        // The statement's second line, with a caret under the unknown table.
        assertEquals(List.of("LINE 2:   no_such_table", "          ^"), error.subList(1, 3));
        assertTrue(out().contains("| A |"));
        assertFalse(out().contains("| B |"), "must stop at the first failure");
    }

    @Test
    void continueOnErrorRunsTheRestButStillFails() {
        assertEquals(1, run("", URL, "--continue-on-error", "-e", "SELECT 1/0; SELECT 2 AS b;"));
        assertTrue(err().startsWith("<-e>:1: ERROR: "), err());
        assertTrue(out().contains("| B |"));
    }

    @Test
    void readsStatementsFromStdinWhenNotATerminal() {
        assertEquals(0, run("SELECT 'x' AS v;\nSELECT 3 AS n", URL));
        assertTrue(out().contains("| V |\n+---+\n| x |"), out());
        assertTrue(out().contains("| N |\n+---+\n| 3 |"), out());
        assertFalse(out().contains("Time:"), "timing is only for interactive use");
    }

    @Test
    void stdinErrorsNameStdinAndLine() {
        assertEquals(1, run("SELECT 1;\nSELECT nope;\n", URL));
        assertTrue(err().startsWith("<stdin>:2: ERROR: "), err());
    }

    @Test
    void updateCountWording() {
        assertEquals(0, run("", URL, "-e",
                "CREATE TABLE w(x INT); INSERT INTO w VALUES (1);"
                        + " INSERT INTO w VALUES (2), (3); DROP TABLE w;"));
        assertEquals("OK\nOK, 1 row affected\nOK, 2 rows affected\nOK\n", out());
    }

    @Test
    void connectionFailureExitsWithTwo() {
        assertEquals(2, run("", "jdbc:nosuchdriver:x", "-e", "SELECT 1;"));
        assertTrue(err().contains("jdbc:nosuchdriver:x"), err());
        assertEquals("", out());
    }

    @Test
    void bareDirectoryBecomesPqlUrl() {
        assertEquals("jdbc:pql:data/shop", Main.toUrl("data/shop"));
        assertEquals("jdbc:h2:mem:x", Main.toUrl("jdbc:h2:mem:x"));
    }

    @Test
    void badArgumentsAndMissingFileExitWithTwo() {
        assertEquals(2, run("", "--bogus"));
        assertTrue(err().contains("unknown option --bogus") && err().contains("Usage: pql"));
        assertEquals(2, run("", URL, "-f", dir.resolve("missing.pql").toString()));
        assertEquals(2, run("", URL, "-e"));
    }
}
