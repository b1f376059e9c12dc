package dev.pql.shell;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.function.LongConsumer;

/**
  * The machine-readable output formats: CSV (RFC 4180), JSON (an array of objects) and Markdown (a
  * pipe table). They stream row by row and keep full precision, unlike the display table.
  */
final class TextFormats {

    private TextFormats() {}

    /** RFC 4180 CSV with a header line; NULL is an empty field, an empty string is {@code ""}. */
    static final class Csv implements ResultWriter {
        private final PrintStream out;

        Csv(PrintStream out) {
            this.out = out;
        }

        @Override
        public long write(ResultSet rs, LongConsumer onRow) throws SQLException {
            ResultSetMetaData md = rs.getMetaData();
            int cols = md.getColumnCount();
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= cols; i++) {
                b.append(i > 1 ? "," : "").append(quote(md.getColumnLabel(i)));
            }
            out.print(b.append("\r\n"));
            long count = 0;
            while (rs.next()) {
                b.setLength(0);
                for (int i = 1; i <= cols; i++) {
                    String v = raw(rs, i, md.getColumnType(i));
                    b.append(i > 1 ? "," : "").append(v == null ? "" : v.isEmpty() ? "\"\"" : quote(v));
                }
                out.print(b.append("\r\n"));
                onRow.accept(++count);
            }
            return count;
        }

        static String quote(String s) {
            boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                    || s.indexOf('\r') >= 0 || !s.equals(s.strip());
            return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
        }
    }

    /** A JSON array with one object per row on its own line, keys in column order. */
    static final class Json implements ResultWriter {
        private final PrintStream out;

        Json(PrintStream out) {
            this.out = out;
        }

        @Override
        public long write(ResultSet rs, LongConsumer onRow) throws SQLException {
            ResultSetMetaData md = rs.getMetaData();
            int cols = md.getColumnCount();
            String[] keys = new String[cols];
            for (int i = 0; i < cols; i++) {
                keys[i] = string(md.getColumnLabel(i + 1)) + ": ";
            }
            out.print("[");
            long count = 0;
            StringBuilder b = new StringBuilder();
            while (rs.next()) {
                b.setLength(0);
                b.append(count == 0 ? "\n  {" : ",\n  {");
                for (int i = 0; i < cols; i++) {
                    b.append(i > 0 ? ", " : "").append(keys[i]);
                    value(b, rs.getObject(i + 1), rs, i + 1, md.getColumnType(i + 1));
                }
                out.print(b.append('}'));
                onRow.accept(++count);
            }
            out.println(count == 0 ? "]" : "\n]");
            return count;
        }

        private static void value(StringBuilder b, Object v, ResultSet rs, int col, int type)
                throws SQLException {
            if (v == null || rs.wasNull()) {
                b.append("null");
            } else if (isTemporal(type)) {
                b.append(string(rs.getString(col)));
            } else {
                element(b, v);
            }
        }

        private static void element(StringBuilder b, Object v) throws SQLException {
            if (v == null) {
                b.append("null");
            } else if (v instanceof Boolean) {
                b.append(v);
            } else if (v instanceof Double || v instanceof Float) {
                double d = ((Number) v).doubleValue();
                b.append(Double.isFinite(d) ? v.toString() : "null"); // JSON has no NaN or Infinity
            } else if (v instanceof BigDecimal bd) {
                b.append(TableFormatter.plain(bd));
            } else if (v instanceof Number) {
                b.append(v);
            } else if (v instanceof Array array) {
                element(b, array.getArray());
            } else if (v.getClass().isArray() && !(v instanceof byte[])) {
                b.append('[');
                for (int i = 0; i < java.lang.reflect.Array.getLength(v); i++) {
                    b.append(i > 0 ? ", " : "");
                    element(b, java.lang.reflect.Array.get(v, i));
                }
                b.append(']');
            } else {
                b.append(string(TableFormatter.render(v)));
            }
        }

        static String string(String s) {
            StringBuilder b = new StringBuilder(s.length() + 2).append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }
    }

    /** A GitHub-flavoured Markdown pipe table, numbers right-aligned by the separator row. */
    static final class Markdown implements ResultWriter {
        private final PrintStream out;

        Markdown(PrintStream out) {
            this.out = out;
        }

        @Override
        public long write(ResultSet rs, LongConsumer onRow) throws SQLException {
            ResultSetMetaData md = rs.getMetaData();
            int cols = md.getColumnCount();
            StringBuilder head = new StringBuilder("|");
            StringBuilder rule = new StringBuilder("|");
            for (int i = 1; i <= cols; i++) {
                head.append(' ').append(escape(md.getColumnLabel(i))).append(" |");
                rule.append(TableFormatter.isNumeric(md.getColumnType(i)) ? " ---: |" : " --- |");
            }
            out.println(head);
            out.println(rule);
            long count = 0;
            while (rs.next()) {
                StringBuilder b = new StringBuilder("|");
                for (int i = 1; i <= cols; i++) {
                    String v = TableFormatter.cell(rs, i, md.getColumnType(i));
                    b.append(' ').append(v == null ? "NULL" : escape(v)).append(" |");
                }
                out.println(b);
                onRow.accept(++count);
            }
            return count;
        }

        static String escape(String s) {
            return TableFormatter.clean(s).replace("\\", "\\\\").replace("|", "\\|");
        }
    }

    /** A cell as plain text at full precision; SQL NULL is Java null. */
    static String raw(ResultSet rs, int col, int type) throws SQLException {
        Object v = rs.getObject(col);
        if (v == null || rs.wasNull()) {
            return null;
        }
        if (isTemporal(type)) {
            return rs.getString(col);
        }
        if (v instanceof BigDecimal bd) {
            return TableFormatter.plain(bd);
        }
        return v instanceof Double || v instanceof Float ? v.toString() : TableFormatter.render(v);
    }

    private static boolean isTemporal(int type) {
        return switch (type) {
            case Types.DATE, Types.TIME, Types.TIMESTAMP, Types.TIME_WITH_TIMEZONE,
                    Types.TIMESTAMP_WITH_TIMEZONE -> true;
            default -> false;
        };
    }
}
