package dev.pql.shell;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;

/**
  * Prints a {@link ResultSet} as an aligned ASCII box table with a {@code (N rows)} footer: numbers
  * right-aligned, text left-aligned, NULL distinct, wide cells cut with an ellipsis so the table
  * fits the terminal.
  */
public final class TableFormatter implements ResultWriter {

    /** Cells (and headers) wider than this many characters are truncated with an ellipsis. */
    public static final int MAX_WIDTH = 40;
    /** How many rows are buffered to compute column widths before printing starts. */
    public static final int DEFAULT_BUFFER_ROWS = 1000;
    /** Narrowest a column is squeezed to when the table must fit the terminal. */
    static final int MIN_FIT_WIDTH = 4;

    private static final String ELLIPSIS = "…";
    private static final String NULL = "NULL";

    private final PrintStream out;
    private final int bufferRows;
    private final int maxTotalWidth;
    private final Ansi ansi;

    public TableFormatter(PrintStream out) {
        this(out, DEFAULT_BUFFER_ROWS);
    }

    /** Uses a custom buffer size; later rows reuse the widths of the first {@code bufferRows}. */
    public TableFormatter(PrintStream out, int bufferRows) {
        this(out, bufferRows, 0, Ansi.OFF);
    }

    /**
      * A formatter whose tables are at most {@code maxTotalWidth} characters wide (0: no limit) and
      * whose NULLs are dimmed when {@code ansi} is on.
      */
    TableFormatter(PrintStream out, int bufferRows, int maxTotalWidth, Ansi ansi) {
        this.out = out;
        this.bufferRows = Math.max(1, bufferRows);
        this.maxTotalWidth = maxTotalWidth;
        this.ansi = ansi;
    }

    /** Prints all rows of {@code rs} (without closing it) and returns how many there were. */
    public long print(ResultSet rs) throws SQLException {
        return write(rs, n -> { });
    }

    @Override
    public boolean printsFooter() {
        return true;
    }

    @Override
    public long write(ResultSet rs, LongConsumer onRow) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int cols = md.getColumnCount();
        String[] names = new String[cols];
        boolean[] rightAlign = new boolean[cols];
        int[] widths = new int[cols];
        for (int i = 0; i < cols; i++) {
            names[i] = clip(clean(md.getColumnLabel(i + 1)), MAX_WIDTH);
            rightAlign[i] = isNumeric(md.getColumnType(i + 1));
            widths[i] = Math.max(1, len(names[i]));
        }
        // Buffer a bounded prefix so widths fit the data without holding a huge result in memory.
        List<String[]> buffer = new ArrayList<>();
        boolean more = rs.next();
        while (more && buffer.size() < bufferRows) {
            String[] row = readRow(rs, md, cols);
            for (int i = 0; i < cols; i++) {
                widths[i] = Math.max(widths[i], len(row[i]));
            }
            buffer.add(row);
            onRow.accept(buffer.size());
            more = rs.next();
        }
        fit(widths, maxTotalWidth);
        long count = buffer.size();
        if (cols > 0) {
            String border = border(widths);
            out.println(border);
            out.println(line(names, widths, rightAlign));
            out.println(border);
            for (String[] row : buffer) {
                out.println(line(row, widths, rightAlign));
            }
            buffer.clear();
            for (; more; more = rs.next()) {
                out.println(line(readRow(rs, md, cols), widths, rightAlign));
                onRow.accept(++count);
            }
            out.println(border);
        } else {
            for (; more; more = rs.next()) {
                onRow.accept(++count);
            }
        }
        out.println(count == 1 ? "(1 row)" : "(" + count + " rows)");
        return count;
    }

    /**
      * Narrows the widest columns one character at a time until the table (borders included) is at
      * most {@code max} wide or every column is down to {@link #MIN_FIT_WIDTH}.
      */
    static void fit(int[] widths, int max) {
        if (max <= 0) {
            return;
        }
        int total = 1;
        for (int w : widths) {
            total += w + 3;
        }
        while (total > max) {
            int widest = 0;
            for (int i = 1; i < widths.length; i++) {
                if (widths[i] > widths[widest]) {
                    widest = i;
                }
            }
            if (widths.length == 0 || widths[widest] <= MIN_FIT_WIDTH) {
                return;
            }
            widths[widest]--;
            total--;
        }
    }

    private static String[] readRow(ResultSet rs, ResultSetMetaData md, int cols)
            throws SQLException {
        String[] row = new String[cols];
        for (int i = 0; i < cols; i++) {
            String cell = cell(rs, i + 1, md.getColumnType(i + 1));
            row[i] = cell == null ? null : clip(clean(cell), MAX_WIDTH); // null: SQL NULL
        }
        return row;
    }

    /** Renders one cell for display; SQL NULL becomes Java null. */
    static String cell(ResultSet rs, int col, int type) throws SQLException {
        Object value = rs.getObject(col);
        if (value == null || rs.wasNull()) {
            return null;
        }
        return switch (type) {
            // Drivers report temporal values in their own canonical text form; trust it.
            case Types.DATE, Types.TIME, Types.TIMESTAMP, Types.TIME_WITH_TIMEZONE,
                    Types.TIMESTAMP_WITH_TIMEZONE -> rs.getString(col);
            default -> render(value);
        };
    }

    static String render(Object value) throws SQLException {
        if (value instanceof Double || value instanceof Float) {
            return formatDouble(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal bd) {
            return plain(bd);
        }
        if (value instanceof byte[] bytes) {
            return "\\x" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Array array) {
            return render(array.getArray());
        }
        if (value.getClass().isArray()) { // driver-specific arrays, primitive or not
            int n = java.lang.reflect.Array.getLength(value);
            List<String> parts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Object item = java.lang.reflect.Array.get(value, i);
                parts.add(item == null ? "NULL" : render(item));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        return value.toString();
    }

    /** Plain digits for ordinary decimals, scientific notation for huge or tiny ones (1E+300). */
    static String plain(BigDecimal bd) {
        int magnitude = bd.precision() - bd.scale(); // digits before the decimal point
        return magnitude > 30 || magnitude < -30 ? bd.toString() : bd.toPlainString();
    }

    /**
      * Formats a floating-point value compactly: at most 4 decimals for |d| >= 1 (12345.678 stays,
      * 3.14159 becomes 3.1416), 4 significant digits below 1 (0.98765432 becomes 0.9877), and
      * scientific notation for magnitudes where plain digits would be unreadable.
      */
    public static String formatDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (d == 0) {
            return "0.0";
        }
        BigDecimal bd = BigDecimal.valueOf(d); // shortest repr, avoids binary-expansion noise
        double abs = Math.abs(d);
        if (abs >= 1e15 || abs < 1e-6) {
            return bd.round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros().toString();
        }
        BigDecimal rounded = abs >= 1
                ? bd.setScale(Math.min(4, Math.max(0, bd.scale())), RoundingMode.HALF_UP)
                : bd.round(new MathContext(4, RoundingMode.HALF_UP));
        String s = rounded.stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0"; // keep a decimal point so doubles look like doubles
    }

    static boolean isNumeric(int type) {
        return switch (type) {
            case Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.DOUBLE, Types.REAL, Types.FLOAT,
                    Types.SMALLINT, Types.TINYINT, Types.NUMERIC -> true;
            default -> false;
        };
    }

    /** Replaces newlines, tabs and other control characters (incl. ESC) so rows stay on one line. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
                b.append(' ');
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Truncates to {@code width} code points, marking the cut with an ellipsis. */
    static String clip(String s, int width) {
        if (len(s) <= width) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, Math.max(0, width - 1))) + ELLIPSIS;
    }

    private static int len(String s) {
        return s == null ? NULL.length() : s.codePointCount(0, s.length());
    }

    private static String border(int[] widths) {
        StringBuilder b = new StringBuilder("+");
        for (int w : widths) {
            b.append("-".repeat(w + 2)).append('+');
        }
        return b.toString();
    }

    private String line(String[] cells, int[] widths, boolean[] right) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            String c = clip(cells[i] == null ? NULL : cells[i], widths[i]);
            String pad = " ".repeat(widths[i] - len(c));
            // Styled after padding: escape codes take no columns on screen.
            String shown = cells[i] == null ? ansi.dim(c) : c;
            b.append(' ').append(right[i] ? pad + shown : shown + pad).append(" |");
        }
        return b.toString();
    }
}
