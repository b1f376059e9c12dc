package dev.pql.exec;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.h2.tools.SimpleResultSet;

/**
 * GIVEN c = v, ...: literal rows. A value may be {@code ARRAY[...]} or {@code RANGE(lo, hi, step)};
 * the rows are then the cross product of all values (a what-if grid), first column varying slowest.
 */
final class Grids {
    /** Larger grids are refused: a typo in a step should not predict a billion rows. */
    static final long MAX_ROWS = 1_000_000;

    private Grids() {
    }

    static ResultSet rows(Ast.GivenValues given) {
        SimpleResultSet rs = new SimpleResultSet();
        List<List<Object>> axes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 1;
        for (Ast.Assignment a : given.values()) {
            if (!seen.add(a.column().text().toLowerCase(Locale.ROOT))) {
                throw new PqlException(ErrorCode.SYNTAX_ERROR, "Column '" + a.column().text() + "' is given twice (at "
                        + a.column().position() + ").");
            }
            List<Object> values = values(a);
            axes.add(values);
            total *= values.size();
            if (total > MAX_ROWS) {
                throw new PqlException(ErrorCode.INVALID_DATA, "The what-if grid has more than " + MAX_ROWS
                        + " rows (at " + a.column().position() + "); use fewer values or a larger RANGE step.");
            }
            int type = sqlType(values);
            rs.addColumn(a.column().text(), type, type == Types.VARCHAR ? Integer.MAX_VALUE : 17, 0);
        }
        addProduct(rs, axes, 0, new Object[axes.size()]);
        return rs;
    }

    private static void addProduct(SimpleResultSet rs, List<List<Object>> axes, int axis, Object[] row) {
        if (axis == axes.size()) {
            rs.addRow(row.clone());
            return;
        }
        for (Object v : axes.get(axis)) {
            row[axis] = v;
            addProduct(rs, axes, axis + 1, row);
        }
    }

    private static List<Object> values(Ast.Assignment a) {
        Object v = a.value();
        if (v instanceof Ast.Parameter) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "A '?' parameter (at " + a.column().position()
                    + ") needs a PreparedStatement; plain statements take literal values.");
        }
        if (v instanceof Ast.ArrayValue array) {
            return array.values();
        }
        if (v instanceof Ast.RangeValue range) {
            return range(a, range);
        }
        List<Object> one = new ArrayList<>();
        one.add(v);
        return one;
    }

    /** lo, lo + step, ... while not past hi; decimal arithmetic so 0.1 steps land on 0.3 exactly. */
    private static List<Object> range(Ast.Assignment a, Ast.RangeValue r) {
        if (!(r.low() instanceof Number) || !(r.high() instanceof Number) || !(r.step() instanceof Number)) {
            throw new PqlException(ErrorCode.INVALID_DATA, "RANGE(lo, hi, step) takes numbers (at " + a.column().position() + ").");
        }
        BigDecimal lo = new BigDecimal(r.low().toString());
        BigDecimal hi = new BigDecimal(r.high().toString());
        BigDecimal step = new BigDecimal(r.step().toString());
        if (step.signum() <= 0 || hi.compareTo(lo) < 0) {
            throw new PqlException(ErrorCode.INVALID_DATA, "RANGE at " + a.column().position()
                    + " needs lo <= hi and a positive step; got (" + lo + ", " + hi + ", " + step + ").");
        }
        boolean integers = r.low() instanceof Long && r.step() instanceof Long;
        List<Object> values = new ArrayList<>();
        for (BigDecimal x = lo; x.compareTo(hi) <= 0; x = x.add(step)) {
            values.add(integers ? (Object) x.longValue() : (Object) x.doubleValue());
            if (values.size() > MAX_ROWS) {
                throw new PqlException(ErrorCode.INVALID_DATA, "RANGE at " + a.column().position() + " has more than "
                        + MAX_ROWS + " values; use a larger step.");
            }
        }
        return values;
    }

    private static int sqlType(List<Object> values) {
        int type = Types.NULL;
        for (Object v : values) {
            int t = v instanceof String ? Types.VARCHAR : v instanceof Long ? Types.BIGINT
                    : v instanceof Double ? Types.DOUBLE : v instanceof Boolean ? Types.BOOLEAN : Types.NULL;
            if (t != Types.NULL) {
                type = type == Types.NULL || type == t ? t : (isNumber(type) && isNumber(t) ? Types.DOUBLE : Types.VARCHAR);
            }
        }
        return type == Types.NULL ? Types.VARCHAR : type;
    }

    private static boolean isNumber(int type) {
        return type == Types.BIGINT || type == Types.DOUBLE;
    }
}
