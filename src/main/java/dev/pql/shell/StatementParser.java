package dev.pql.shell;

import java.util.List;
import java.util.Locale;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;

/**
  * JLine parser that keeps the line reader in multi-line mode until the buffer ends with a complete
  * {@code ;}-terminated statement or is a shell command, in the manner of sqlline's SqlLineParser,
  * and splits words for completion by SQL's rules (so {@code emails,em} completes {@code em}).
  */
final class StatementParser implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
        if (context == ParseContext.ACCEPT_LINE && !isAcceptable(line)) {
            // EOFError tells LineReader to insert a newline and show the continuation prompt.
            throw new EOFError(-1, -1, "statement not terminated by ;", ";");
        }
        int at = Math.max(0, Math.min(cursor, line.length()));
        return new Words(line, at, Completions.wordStart(line, at));
    }

    /** Whether Enter should submit {@code buffer} rather than continue it on a new line. */
    static boolean isAcceptable(String buffer) {
        String t = buffer.strip();
        return t.startsWith("\\") || isQuit(t) || StatementSplitter.isComplete(buffer);
    }

    /** Whether {@code text} is one of the quit commands {@code \q}, {@code quit}, {@code exit}. */
    static boolean isQuit(String text) {
        String t = text.strip();
        while (t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        t = t.toLowerCase(Locale.ROOT);
        return t.equals("\\q") || t.equals("quit") || t.equals("exit");
    }

    /** The buffer as two words for JLine: everything before the word at the cursor, and it. */
    private record Words(String line, int cursor, int wordStart) implements CompletingParsedLine {
        /** Candidates are inserted as they are: they carry their own SQL quoting. */
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return cursor - wordStart;
        }

        @Override
        public String word() {
            return line.substring(wordStart, cursor);
        }

        @Override
        public int wordCursor() {
            return cursor - wordStart;
        }

        @Override
        public int wordIndex() {
            return 1;
        }

        @Override
        public List<String> words() {
            return List.of(line.substring(0, wordStart), word());
        }
    }
}
