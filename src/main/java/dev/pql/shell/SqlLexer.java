package dev.pql.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
  * A forgiving tokenizer of the statement being typed, for completion: it never fails on broken
  * input and says whether the cursor is inside a string, a comment or a word.
  */
final class SqlLexer {

    /** What a token is. */
    enum Kind { WORD, STRING, NUMBER, PUNCT }

    /** One token; {@code text} as typed, {@code start}/{@code end} offsets in the buffer. */
    record Token(String text, Kind kind, int start, int end) {
        /** The text upper-cased, for comparing with keywords. */
        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }

        boolean is(String keywordOrPunct) {
            return text.equalsIgnoreCase(keywordOrPunct);
        }
    }

    /**
      * The lexed statement around the cursor: its tokens (all of them, also those after the cursor),
      * where the word being completed starts, and whether the cursor is in a string literal or a
      * comment.
      */
    record Lexed(List<Token> tokens, int wordStart, boolean inString, boolean inComment,
            int cursor) {

        /** The tokens that end before the word being completed. */
        List<Token> before() {
            return tokens.stream().filter(t -> t.end() <= wordStart && t.start() < wordStart).toList();
        }

        /** Whether the statement is a shell command ({@code \d ...}). */
        boolean isMeta() {
            return !tokens.isEmpty() && tokens.get(0).text().startsWith("\\");
        }
    }

    private SqlLexer() {}

    /** Lexes the statement of {@code buffer} that contains {@code cursor}. */
    static Lexed lex(String buffer, int cursor) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = buffer.length();
        while (i < n) {
            char c = buffer.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && buffer.charAt(i + 1) == '-') {
                int eol = buffer.indexOf('\n', i);
                i = eol < 0 ? n : eol;
                if (cursor > start + 1 && cursor <= i) {
                    return new Lexed(tokens, cursor, false, true, cursor);
                }
            } else if (c == '/' && i + 1 < n && buffer.charAt(i + 1) == '*') {
                int close = buffer.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                if (cursor > start + 1 && (cursor < i || close < 0)) {
                    return new Lexed(tokens, cursor, false, true, cursor);
                }
            } else if (c == '\\' && tokens.isEmpty()) {
                // A shell command: its arguments are file names and such, split on blanks only.
                int eol = buffer.indexOf('\n', i);
                int end = eol < 0 ? n : eol;
                for (int j = i; j < end; ) {
                    int s = j;
                    while (j < end && !Character.isWhitespace(buffer.charAt(j))) {
                        j++;
                    }
                    tokens.add(new Token(buffer.substring(s, j), Kind.WORD, s, j));
                    while (j < end && Character.isWhitespace(buffer.charAt(j))) {
                        j++;
                    }
                }
                i = end;
                if (cursor <= end) {
                    return finish(tokens, cursor, false);
                }
                tokens.clear(); // the command is over; the cursor is in a later statement
            } else if (c == '\'') {
                i = closeQuote(buffer, i, '\'');
                if (i < 0 || cursor > start && cursor < i) {
                    // Inside a string literal: the "word" is what was typed after the quote.
                    return new Lexed(tokens, start + 1, true, false, cursor);
                }
                tokens.add(new Token(buffer.substring(start, i), Kind.STRING, start, i));
            } else if (c == '"') {
                i = closeQuote(buffer, i, '"');
                i = i < 0 ? n : i;
                tokens.add(new Token(buffer.substring(start, i), Kind.WORD, start, i));
            } else if (isWordStart(c)) {
                while (i < n && isWordPart(buffer.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(buffer.substring(start, i), Kind.WORD, start, i));
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(buffer.charAt(i)) || buffer.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(buffer.substring(start, i), Kind.NUMBER, start, i));
            } else {
                i++;
                if (c == ';') {
                    if (cursor > start) {
                        tokens.clear(); // the cursor is in a later statement
                        continue;
                    }
                    break; // the statement with the cursor ends here
                }
                tokens.add(new Token(String.valueOf(c), Kind.PUNCT, start, i));
            }
        }
        return finish(tokens, cursor, false);
    }

    /** Fixes where the word at the cursor starts (the cursor itself if it follows a blank). */
    private static Lexed finish(List<Token> tokens, int cursor, boolean inString) {
        int wordStart = cursor;
        for (Token t : tokens) {
            if (t.kind() == Kind.WORD && t.start() < cursor && t.end() >= cursor) {
                wordStart = t.start();
            }
        }
        return new Lexed(List.copyOf(tokens), wordStart, inString, false, cursor);
    }

    /** The offset after the closing quote, or -1 when the quote is not closed. */
    private static int closeQuote(String s, int open, char quote) {
        int i = open + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2; // a doubled quote stands for one
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.';
    }
}
