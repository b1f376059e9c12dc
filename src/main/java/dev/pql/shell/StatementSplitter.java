package dev.pql.shell;

import java.util.ArrayList;
import java.util.List;

/**
  * Splits script text into {@code ;}-terminated statements, aware of quotes and SQL comments. A
  * line that starts with a backslash where a statement could start is a shell command ({@code \d},
  * {@code \i file}): it ends at the end of its line and needs no {@code ;}, as in psql.
  */
public final class StatementSplitter {

    /** One statement: its text without the {@code ;} and the 1-based line it starts on. */
    public record Stmt(String sql, int line) {}

    private enum State { CODE, SINGLE_QUOTE, DOUBLE_QUOTE, LINE_COMMENT, BLOCK_COMMENT }

    private StatementSplitter() {}

    /**
      * Splits {@code script} into statements. Leading and trailing comments and whitespace are
      * trimmed from each statement (comments inside it are kept); statements that are empty or hold
      * only comments are dropped; non-blank text after the last {@code ;} is a statement too.
      */
    public static List<Stmt> split(String script) {
        List<Stmt> out = new ArrayList<>();
        Scanner s = new Scanner(script);
        while (s.next()) {
            out.add(new Stmt(script.substring(s.stmtStart, s.stmtEnd), s.stmtLine));
        }
        if (s.stmtStart >= 0) {
            // Unterminated trailing statement (possibly with an unclosed quote): let the engine judge it.
            out.add(new Stmt(script.substring(s.stmtStart, s.stmtEnd), s.stmtLine));
        }
        return out;
    }

    /**
      * Whether {@code text} ends at a statement boundary: it is outside any quote or block comment
      * and nothing but whitespace and comments follows the last {@code ;}. Blank text is complete.
      */
    public static boolean isComplete(String text) {
        Scanner s = new Scanner(text);
        while (s.next()) {
            // Consume every terminated statement; only the tail matters.
        }
        return s.stmtStart < 0 && s.state != State.SINGLE_QUOTE && s.state != State.DOUBLE_QUOTE
                && s.state != State.BLOCK_COMMENT;
    }

    /** Incremental scanner: each {@link #next()} finds the next {@code ;}-terminated statement. */
    private static final class Scanner {
        private final String text;
        private int pos;
        private int line = 1;
        State state = State.CODE;
        /** Start of the pending statement's first significant character, or -1 if none yet. */
        int stmtStart = -1;
        /** End (exclusive) of the pending statement's last significant character. */
        int stmtEnd;
        int stmtLine;
        private boolean ended;

        Scanner(String text) {
            this.text = text;
        }

        /** Advances to the next {@code ;}; returns true with stmtStart/stmtEnd set if it ended one. */
        boolean next() {
            if (ended) {
                stmtStart = -1; // the caller has consumed the statement returned last time
                ended = false;
            }
            while (pos < text.length()) {
                char c = text.charAt(pos);
                char n = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
                int at = pos++;
                if (c == '\n') {
                    line++;
                }
                switch (state) {
                    case LINE_COMMENT -> {
                        if (c == '\n') {
                            state = State.CODE;
                        }
                    }
                    case BLOCK_COMMENT -> {
                        if (c == '*' && n == '/') {
                            pos++;
                            state = State.CODE;
                        }
                    }
                    case SINGLE_QUOTE, DOUBLE_QUOTE -> {
                        stmtEnd = pos;
                        // A doubled quote ('it''s') closes and at once reopens the literal: same split.
                        if (c == (state == State.SINGLE_QUOTE ? '\'' : '"')) {
                            state = State.CODE;
                        }
                    }
                    case CODE -> {
                        if (c == '-' && n == '-') {
                            pos++;
                            state = State.LINE_COMMENT;
                        } else if (c == '/' && n == '*') {
                            pos++;
                            state = State.BLOCK_COMMENT;
                        } else if (c == ';') {
                            if (stmtStart >= 0) {
                                ended = true;
                                return true;
                            }
                        } else if (c == '\\' && stmtStart < 0) {
                            stmtStart = at;
                            stmtLine = line;
                            int eol = text.indexOf('\n', at);
                            pos = eol < 0 ? text.length() : eol;
                            stmtEnd = pos;
                            while (stmtEnd > stmtStart && Character.isWhitespace(text.charAt(stmtEnd - 1))) {
                                stmtEnd--; // a trailing \r or blank
                            }
                            ended = true;
                            return true;
                        } else if (!Character.isWhitespace(c)) {
                            if (stmtStart < 0) {
                                stmtStart = at;
                                stmtLine = line;
                            }
                            stmtEnd = pos;
                            if (c == '\'') {
                                state = State.SINGLE_QUOTE;
                            } else if (c == '"') {
                                state = State.DOUBLE_QUOTE;
                            }
                        }
                    }
                }
            }
            return false;
        }
    }
}
