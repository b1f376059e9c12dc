package dev.pql.shell;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
  * Renders a failed statement as psql does: the message, then the statement line with a caret
  * under the position the driver named. Embedded, the engine's error carries its position
  * ({@link dev.pql.error.PqlException#position}); over the network only the message arrives
  * (Avatica has no field for it), so positions come from "line L, column C" in the message, from
  * H2's {@code [*]} marker, or from the one place a name reported as not found occurs.
  */
final class ErrorReport {

    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");
    /** H2 repeats the statement after its message: {@code ...; SQL statement:\nSQL [42122-252]}. */
    private static final Pattern H2_TAIL =
            Pattern.compile("; SQL statement:\\R(.*?)(?: \\[\\d+-\\d+])?$", Pattern.DOTALL);
    private static final Pattern NOT_FOUND = Pattern.compile(
            "(?:Column|Table|Schema|Function|Model|column|table|model) [\"'`]([^\"'`]+)[\"'`] not found");
    private static final Pattern CARET_LINE = Pattern.compile("(?m)^\\s*\\^\\s*$");
    /** Longest source line shown in full; longer ones are cut to a window around the caret. */
    static final int MAX_SOURCE = 100;

    private ErrorReport() {}

    /** The lines to print for {@code e} raised by {@code sql}, each error line led by {@code prefix}. */
    static String format(String sql, Exception e, String prefix, Ansi ansi) {
        // A driver's RuntimeException is a bug: name its class so it can be reported.
        String message = !(e instanceof SQLException) ? e.toString()
                : e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getName()
                : e.getMessage().strip();
        String state = e instanceof SQLException s && s.getSQLState() != null
                ? " (SQLSTATE " + s.getSQLState() + ")" : "";
        String h2Sql = null;
        Matcher tail = H2_TAIL.matcher(message);
        if (tail.find()) {
            h2Sql = tail.group(1);
            message = message.substring(0, tail.start());
        }
        StringBuilder out = new StringBuilder(prefix).append(ansi.red("ERROR:")).append(' ');
        if (CARET_LINE.matcher(message).find()) {
            // The driver drew its own caret (PQL syntax errors): keep it, put the state on line one.
            List<String> lines = message.lines().toList();
            out.append(lines.get(0)).append(state);
            for (String line : lines.subList(1, lines.size())) {
                out.append('\n').append(line.strip().equals("^") ? ansi.red(line) : line);
            }
            return out.toString();
        }
        out.append(message).append(state);
        dev.pql.error.PqlException pql = dev.pql.error.PqlException.in(e);
        int offset = pql != null && pql.position() != null
                ? offsetOf(sql, pql.position().line(), pql.position().column()) // embedded: the engine says where
                : position(sql, message, h2Sql);
        if (offset >= 0 && !sql.isEmpty()) {
            out.append('\n').append(caret(sql, Math.min(offset, sql.length() - 1), ansi));
        }
        return out.toString();
    }

    /** The character offset in {@code sql} that the error points at, or -1 when unknown. */
    static int position(String sql, String message, String h2Sql) {
        Matcher lc = LINE_COLUMN.matcher(message);
        if (lc.find()) {
            return offsetOf(sql, Integer.parseInt(lc.group(1)), Integer.parseInt(lc.group(2)));
        }
        if (h2Sql != null && h2Sql.contains("[*]")) {
            int star = h2Sql.indexOf("[*]");
            int at = sql.indexOf(h2Sql.replace("[*]", ""));
            if (at >= 0) {
                return at + star;
            }
        }
        int star = message.indexOf("[*]");
        if (star >= 0) {
            // H2 quotes the statement with [*] at the error: find the text before the mark in ours.
            int open = message.lastIndexOf("statement \"", star);
            int begin = Math.max(open >= 0 ? open + "statement \"".length() : 0, star - 40);
            String left = message.substring(begin, star);
            int at = left.isEmpty() ? (open >= 0 ? 0 : -1) : sql.indexOf(left);
            if (at >= 0 && (left.isEmpty() || sql.indexOf(left, at + 1) < 0)) {
                return at + left.length();
            }
        }
        Matcher nf = NOT_FOUND.matcher(message);
        if (nf.find()) {
            return onlyOccurrence(sql, nf.group(1));
        }
        return -1;
    }

    private static int offsetOf(String sql, int line, int column) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            int nl = sql.indexOf('\n', at);
            if (nl < 0) {
                return -1;
            }
            at = nl + 1;
        }
        int end = sql.indexOf('\n', at);
        int lineLength = (end < 0 ? sql.length() : end) - at;
        return column >= 1 && column - 1 <= lineLength ? at + column - 1 : -1;
    }

    /** Where {@code name} occurs as a whole word, case-insensitively, if exactly once. */
    private static int onlyOccurrence(String sql, String name) {
        String lower = sql.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        int found = -1;
        for (int i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + 1)) {
            boolean startOk = i == 0 || !isWordChar(lower.charAt(i - 1));
            int end = i + n.length();
            boolean endOk = end >= lower.length() || !isWordChar(lower.charAt(end));
            if (startOk && endOk) {
                if (found >= 0) {
                    return -1; // ambiguous: no caret is better than a wrong one
                }
                found = i;
            }
        }
        return found;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** {@code LINE n: source} and a caret line under {@code offset}. */
    static String caret(String sql, int offset, Ansi ansi) {
        int start = sql.lastIndexOf('\n', offset - 1) + 1;
        int end = sql.indexOf('\n', offset);
        String source = sql.substring(start, end < 0 ? sql.length() : end).replace('\t', ' ')
                .replace("\r", "");
        int column = offset - start;
        int line = 1 + (int) sql.substring(0, start).chars().filter(c -> c == '\n').count();
        String head = "LINE " + line + ": ";
        if (source.length() > MAX_SOURCE) {
            int from = Math.max(0, Math.min(column - MAX_SOURCE / 2, source.length() - MAX_SOURCE));
            int to = Math.min(source.length(), from + MAX_SOURCE);
            String cut = (from > 0 ? "…" : "") + source.substring(from, to)
                    + (to < source.length() ? "…" : "");
            column = column - from + (from > 0 ? 1 : 0);
            source = cut;
        }
        return head + source + "\n" + " ".repeat(head.length() + column) + ansi.red("^");
    }
}
