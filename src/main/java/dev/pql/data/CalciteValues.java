package dev.pql.data;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * JDBC values into the form Calcite's generated code expects inside a scanned row: dates as days
 * since 1970, times as milliseconds of the day, timestamps as milliseconds (local time read as
 * UTC, as Calcite does), binary as {@link ByteString}; everything else a plain boxed Java value.
 */
public final class CalciteValues {
    private CalciteValues() {
    }

    /** The Calcite type for a JDBC type: the closest one Calcite has, text for anything exotic. */
    public static SqlTypeName type(int jdbcType) {
        return switch (jdbcType) {
            case Types.BOOLEAN, Types.BIT -> SqlTypeName.BOOLEAN;
            case Types.TINYINT -> SqlTypeName.TINYINT;
            case Types.SMALLINT -> SqlTypeName.SMALLINT;
            case Types.INTEGER -> SqlTypeName.INTEGER;
            case Types.BIGINT -> SqlTypeName.BIGINT;
            case Types.REAL -> SqlTypeName.REAL;
            case Types.FLOAT, Types.DOUBLE -> SqlTypeName.DOUBLE;
            case Types.DECIMAL, Types.NUMERIC -> SqlTypeName.DECIMAL;
            case Types.DATE -> SqlTypeName.DATE;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> SqlTypeName.TIME;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> SqlTypeName.TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> SqlTypeName.VARBINARY;
            default -> SqlTypeName.VARCHAR;
        };
    }

    /** The Calcite types of a result's columns. */
    public static List<SqlTypeName> types(ResultSetMetaData md) throws SQLException {
        List<SqlTypeName> types = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            types.add(type(md.getColumnType(i)));
        }
        return types;
    }

    /** The labels of a result's columns. */
    public static List<String> names(ResultSetMetaData md) throws SQLException {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            names.add(md.getColumnLabel(i));
        }
        return names;
    }

    /** Column {@code i} of the current row, as a value of Calcite type {@code t}. */
    public static Object read(ResultSet rs, int i, SqlTypeName t) throws SQLException {
        Object v = switch (t) {
            case DATE -> rs.getObject(i, LocalDate.class);
            case TIME -> rs.getObject(i, LocalTime.class);
            case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            default -> rs.getObject(i);
        };
        return v == null ? null : convert(v, t);
    }

    /** A Java value as Calcite type {@code t}. */
    public static Object convert(Object v, SqlTypeName t) {
        if (v == null) {
            return null;
        }
        return switch (t) {
            case BOOLEAN -> v instanceof Boolean b ? b : Boolean.valueOf(v.toString());
            case TINYINT -> ((Number) v).byteValue();
            case SMALLINT -> ((Number) v).shortValue();
            case INTEGER -> ((Number) v).intValue();
            case BIGINT -> ((Number) v).longValue();
            case REAL -> ((Number) v).floatValue();
            case DOUBLE -> ((Number) v).doubleValue();
            case DECIMAL -> v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
            case DATE -> (int) (v instanceof LocalDate d ? d : LocalDate.parse(v.toString())).toEpochDay();
            case TIME -> (int) ((v instanceof LocalTime lt ? lt : LocalTime.parse(v.toString())).toNanoOfDay() / 1_000_000);
            case TIMESTAMP -> (v instanceof LocalDateTime ts ? ts : LocalDateTime.parse(v.toString()))
                    .toInstant(ZoneOffset.UTC).toEpochMilli();
            case VARBINARY -> v instanceof byte[] b ? new ByteString(b) : v;
            default -> v.toString();
        };
    }

    /** The rows of a result set, converted, for {@link RowsTable}; closing them closes the result. */
    public static RowsTable.RowSource rows(ResultSet rs, List<SqlTypeName> types) {
        return rows(rs, (r, n) -> {
            Object[] row = new Object[types.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = read(r, i + 1, types.get(i));
            }
            return row;
        }, (n, e) -> new IllegalStateException(e.getMessage(), e));
    }

    /** Reads the current row of a result set; {@code number} counts rows from 1. */
    public interface RowReader {
        Object[] read(ResultSet rs, long number) throws SQLException;
    }

    /** What a failure on row {@code number} is reported as. */
    public interface RowFailure {
        RuntimeException of(long number, Exception cause);
    }

    /** The rows of a result set, each read by {@code reader}; closing them closes the result. */
    public static RowsTable.RowSource rows(ResultSet rs, RowReader reader, RowFailure failure) {
        return new RowsTable.RowSource() {
            private Boolean ahead;
            private long number;

            @Override
            public boolean hasNext() {
                if (ahead == null) {
                    try {
                        ahead = rs.next();
                    } catch (SQLException e) {
                        throw failure.of(number + 1, e);
                    }
                }
                return ahead;
            }

            @Override
            public Object[] next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                ahead = null;
                number++;
                try {
                    return reader.read(rs, number);
                } catch (SQLException | RuntimeException e) {
                    throw failure.of(number, e);
                }
            }

            @Override
            public void close() {
                try {
                    rs.close();
                } catch (SQLException ignored) {
                    // the rows were read (or abandoned); nothing left to recover
                }
            }
        };
    }
}
