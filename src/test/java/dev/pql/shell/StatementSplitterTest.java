package dev.pql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.shell.StatementSplitter.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    private static List<String> sqls(String script) {
        return StatementSplitter.split(script).stream().map(Stmt::sql).toList();
    }

    @Test
    void splitsOnSemicolonsAndTrimsWhitespace() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), sqls("  SELECT 1 ;\n\tSELECT 2;\n"));
    }

    @Test
    void semicolonsInsideQuotesDoNotSplit() {
        assertEquals(List.of("SELECT 'a;b', 'it''s; ok'", "SELECT \"x;y\" FROM t"),
                sqls("SELECT 'a;b', 'it''s; ok'; SELECT \"x;y\" FROM t;"));
    }

    @Test
    void doubledDoubleQuoteStaysInsideIdentifier() {
        assertEquals(List.of("SELECT 1 AS \"a\"\";b\"", "SELECT 2"),
                sqls("SELECT 1 AS \"a\"\";b\"; SELECT 2;"));
    }

    @Test
    void semicolonsInsideCommentsDoNotSplit() {
        String script = "SELECT 1 -- not; the end\n + 1;\nSELECT /* ; */ 2;";
        assertEquals(List.of("SELECT 1 -- not; the end\n + 1", "SELECT /* ; */ 2"), sqls(script));
    }

    @Test
    void leadingAndTrailingCommentsAreTrimmed() {
        assertEquals(List.of("SELECT 1"), sqls("-- header\n/* block */ SELECT 1 -- trailing\n;"));
    }

    @Test
    void dropsEmptyAndCommentOnlyStatements() {
        assertEquals(List.of("SELECT 1"), sqls(";; -- just a comment\n; /* only; this */ ;SELECT 1;;"));
        assertEquals(List.of(), sqls("-- nothing here\n/* at all */\n  \n"));
    }

    @Test
    void textAfterLastSemicolonIsAStatement() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), sqls("SELECT 1;\nSELECT 2\n"));
        assertEquals(List.of("SELECT 'unterminated;"), sqls("SELECT 'unterminated;"));
    }

    @Test
    void recordsStartingLineOfEachStatement() {
        String script = "-- comment line 1\n\nSELECT 1;\n/* two\nlines */ SELECT\n 2; SELECT 'a\nb';"
                + "\n\nSELECT 4";
        List<Stmt> stmts = StatementSplitter.split(script);
        assertEquals(List.of(3, 5, 6, 9), stmts.stream().map(Stmt::line).toList());
        assertEquals("SELECT 'a\nb'", stmts.get(2).sql());
    }

    @Test
    void windowsLineEndingsCountOnce() {
        List<Stmt> stmts = StatementSplitter.split("SELECT 1;\r\n\r\nSELECT 2;");
        assertEquals(3, stmts.get(1).line());
    }

    @Test
    void completenessForInteractiveInput() {
        assertTrue(StatementSplitter.isComplete(""));
        assertTrue(StatementSplitter.isComplete("  \n"));
        assertTrue(StatementSplitter.isComplete("SELECT 1;"));
        assertTrue(StatementSplitter.isComplete("SELECT 1; -- done"));
        assertTrue(StatementSplitter.isComplete("-- only a comment"));
        assertFalse(StatementSplitter.isComplete("SELECT 1"));
        assertFalse(StatementSplitter.isComplete("SELECT 1;\nSELECT 2"));
        assertFalse(StatementSplitter.isComplete("SELECT 'a;"));
        assertFalse(StatementSplitter.isComplete("SELECT \"a;"));
        assertFalse(StatementSplitter.isComplete("SELECT 1; /* open;"));
    }

    @Test
    void backslashCommandsEndAtTheEndOfTheirLine() {
        List<Stmt> stmts = StatementSplitter.split("\\format csv\nSELECT 1;\n  \\o out;.csv\r\n"
                + "SELECT 'a\n\\b';\n\\q");
        assertEquals(List.of("\\format csv", "SELECT 1", "\\o out;.csv", "SELECT 'a\n\\b'", "\\q"),
                stmts.stream().map(Stmt::sql).toList());
        assertEquals(List.of(1, 2, 3, 4, 6), stmts.stream().map(Stmt::line).toList());
        assertTrue(StatementSplitter.isComplete("SELECT 1;\n\\d"));
    }

    @Test
    void backslashInsideAStatementIsNotACommand() {
        assertEquals(List.of("SELECT 1\n\\d"), sqls("SELECT 1\n\\d"));
    }
}
