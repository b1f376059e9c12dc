package dev.pql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

class StatementParserTest {

    private final StatementParser parser = new StatementParser();

    @Test
    void incompleteStatementAsksForMoreInput() {
        assertThrows(EOFError.class, () -> parser.parse("SELECT 1", 8, ParseContext.ACCEPT_LINE));
        assertThrows(EOFError.class, () -> parser.parse("SELECT ';'", 10, ParseContext.ACCEPT_LINE));
    }

    @Test
    void completeStatementAndCommandsAreAccepted() {
        assertEquals("SELECT 1;\n", parser.parse("SELECT 1;\n", 10, ParseContext.ACCEPT_LINE).line());
        assertEquals("\\q", parser.parse("\\q", 2, ParseContext.ACCEPT_LINE).line());
        parser.parse("quit", 4, ParseContext.ACCEPT_LINE);
        parser.parse("", 0, ParseContext.ACCEPT_LINE);
        // Completion parses partial input and must never demand a terminator.
        parser.parse("SELECT 1", 8, ParseContext.COMPLETE);
    }

    @Test
    void quitCommands() {
        assertTrue(StatementParser.isQuit("\\q"));
        assertTrue(StatementParser.isQuit(" QUIT ; "));
        assertTrue(StatementParser.isQuit("exit"));
        assertFalse(StatementParser.isQuit("exit_code"));
        assertFalse(StatementParser.isQuit("SELECT quit FROM t"));
    }
}
