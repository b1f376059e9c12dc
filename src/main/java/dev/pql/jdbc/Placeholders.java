package dev.pql.jdbc;

import dev.pql.error.ErrorCode;
import dev.pql.parse.gen.PqlLexer;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The {@code ?} parameters of a PQL statement, bound by writing each value into the text as a
 * literal. One mechanism serves every place a {@code ?} may stand (GIVEN values, WITH settings, the
 * SQL of GIVEN SELECT and FROM (...)), keeps statement order, and leaves the real values in the
 * statement text that a model version records. Values are rendered, never spliced: strings are
 * quoted with their quotes doubled, so a value cannot change the statement's shape.
 */
final class Placeholders {
    private Placeholders() {
    }

    /** The UTF-16 offsets of the {@code ?} tokens (not those inside strings, quoted names or comments). */
    static int[] find(String sql) {
        PqlLexer lexer = new PqlLexer(CharStreams.fromString(sql));
        lexer.removeErrorListeners();
        List<Integer> at = new ArrayList<>();
        for (Token t : lexer.getAllTokens()) {
            if (t.getType() == PqlLexer.QMARK) {
                at.add(sql.offsetByCodePoints(0, t.getStartIndex())); // the lexer counts code points
            }
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The statement with {@code values[i]} written at {@code slots[i]}. */
    static String bind(String sql, int[] slots, Object[] values) throws SQLException {
        StringBuilder out = new StringBuilder(sql.length() + 16 * slots.length);
        int from = 0;
        for (int i = 0; i < slots.length; i++) {
            out.append(sql, from, slots[i]).append(literal(values[i]));
            from = slots[i] + 1;
        }
        return out.append(sql, from, sql.length()).toString();
    }

    /** A value as a literal that both the PQL grammar and SQL read back as the same value. */
    static String literal(Object v) throws SQLException {
        if (v == null) {
            return "NULL";
        } else if (v instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        } else if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long
                || v instanceof BigInteger) {
            return number(v.toString());
        } else if (v instanceof Float || v instanceof Double) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw Errors.of("A parameter cannot be " + d + "; use NULL for a missing number.", ErrorCode.INVALID_DATA.sqlState());
            }
            return number(v instanceof Float ? Float.toString((Float) v) : Double.toString(d));
        } else if (v instanceof BigDecimal d) {
            return number(d.toPlainString());
        } else if (v instanceof byte[]) {
            throw Errors.unsupported("A binary parameter in a PQL statement");
        } else if (v instanceof Clob c) {
            return quote(c.getSubString(1, (int) Math.min(Integer.MAX_VALUE, c.length())));
        } else if (v instanceof Reader r) {
            return quote(read(r));
        }
        return quote(v.toString()); // text, characters, dates and times (ISO text), anything else by its text
    }

    /** A negative number gets a space in front, so that {@code x -?} cannot turn into a {@code --} comment. */
    private static String number(String text) {
        return text.startsWith("-") ? " " + text : text;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String read(Reader r) throws SQLException {
        try (Reader in = r) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[4096];
            for (int n; (n = in.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw Errors.of("Cannot read the parameter's characters: " + e.getMessage(), ErrorCode.INVALID_DATA.sqlState(), e);
        }
    }
}
