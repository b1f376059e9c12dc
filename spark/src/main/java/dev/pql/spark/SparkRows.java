package dev.pql.spark;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.h2.tools.SimpleResultSet;
import org.h2.tools.SimpleRowSource;

/**
 * Spark rows as JDBC result sets and back: the engine reads GIVEN rows and answers predictions as
 * result sets, Spark speaks Rows. Both directions stream (one row at a time, nothing collected).
 */
final class SparkRows {
    private SparkRows() {
    }

    /** The JDBC type the engine sees for a Spark column type (anything unusual is read as its text). */
    static int jdbcType(DataType t) {
        if (t.equals(DataTypes.StringType)) {
            return Types.VARCHAR;
        } else if (t.equals(DataTypes.IntegerType)) {
            return Types.INTEGER;
        } else if (t.equals(DataTypes.LongType)) {
            return Types.BIGINT;
        } else if (t.equals(DataTypes.ShortType)) {
            return Types.SMALLINT;
        } else if (t.equals(DataTypes.ByteType)) {
            return Types.TINYINT;
        } else if (t.equals(DataTypes.DoubleType)) {
            return Types.DOUBLE;
        } else if (t.equals(DataTypes.FloatType)) {
            return Types.REAL;
        } else if (t.equals(DataTypes.BooleanType)) {
            return Types.BOOLEAN;
        } else if (t instanceof DecimalType) {
            return Types.DECIMAL;
        } else if (t.equals(DataTypes.DateType)) {
            return Types.DATE;
        } else if (t.equals(DataTypes.TimestampType) || t.equals(DataTypes.TimestampNTZType)) {
            return Types.TIMESTAMP;
        }
        return Types.VARCHAR;
    }

    /** The Spark type for a JDBC column of the engine's answers. */
    static DataType sparkType(int jdbcType, int precision, int scale) {
        return switch (jdbcType) {
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> DataTypes.IntegerType;
            case Types.BIGINT -> DataTypes.LongType;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> DataTypes.DoubleType;
            case Types.BOOLEAN, Types.BIT -> DataTypes.BooleanType;
            case Types.DECIMAL, Types.NUMERIC -> precision > 0 && precision <= 38
                    ? DataTypes.createDecimalType(precision, Math.max(0, Math.min(scale, precision)))
                    : DataTypes.createDecimalType(38, 10);
            case Types.DATE -> DataTypes.DateType;
            case Types.TIMESTAMP -> DataTypes.TimestampType;
            default -> DataTypes.StringType;
        };
    }

    /** An empty result set with the columns of a Spark schema: what the engine describes answers by. */
    static SimpleResultSet columns(StructType schema) {
        SimpleResultSet rs = new SimpleResultSet();
        for (StructField f : schema.fields()) {
            int type = jdbcType(f.dataType());
            int precision = f.dataType() instanceof DecimalType d ? d.precision() : type == Types.VARCHAR ? Integer.MAX_VALUE : 0;
            int scale = f.dataType() instanceof DecimalType d ? d.scale() : 0;
            rs.addColumn(f.name(), type, precision, scale);
        }
        return rs;
    }

    /** Spark rows as a result set, read one at a time as the engine asks for them. */
    static ResultSet resultSet(StructType schema, Iterator<Row> rows) {
        int n = schema.fields().length;
        boolean[] asText = new boolean[n];
        for (int i = 0; i < n; i++) {
            DataType t = schema.fields()[i].dataType();
            asText[i] = jdbcType(t) == Types.VARCHAR && !t.equals(DataTypes.StringType);
        }
        SimpleResultSet rs = new SimpleResultSet(new SimpleRowSource() {
            @Override
            public Object[] readRow() {
                if (!rows.hasNext()) {
                    return null;
                }
                Row r = rows.next();
                Object[] values = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object v = r.get(i);
                    values[i] = asText[i] && v != null ? v.toString() : v;
                }
                return values;
            }

            @Override
            public void close() {
            }

            @Override
            public void reset() {
                throw new UnsupportedOperationException("Spark rows are read once");
            }
        });
        SimpleResultSet shape = columns(schema);
        try {
            ResultSetMetaData md = shape.getMetaData();
            for (int i = 1; i <= n; i++) {
                rs.addColumn(md.getColumnLabel(i), md.getColumnType(i), md.getPrecision(i), md.getScale(i));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rs;
    }

    /** The Spark schema of a result set's columns. */
    static StructType schema(ResultSetMetaData md) throws SQLException {
        List<StructField> fields = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            fields.add(DataTypes.createStructField(md.getColumnLabel(i),
                    sparkType(md.getColumnType(i), md.getPrecision(i), md.getScale(i)), true));
        }
        return DataTypes.createStructType(fields);
    }

    /** A result set's rows as Spark rows of {@code schema}, read as Spark asks; {@code done} runs at the end. */
    static Iterator<Row> rows(ResultSet rs, StructType schema, AutoCloseable done) {
        DataType[] types = new DataType[schema.fields().length];
        for (int i = 0; i < types.length; i++) {
            types[i] = schema.fields()[i].dataType();
        }
        return new Iterator<>() {
            private Row next;
            private boolean finished;

            @Override
            public boolean hasNext() {
                if (next == null && !finished) {
                    try {
                        if (rs.next()) {
                            next = row(rs, types);
                        } else {
                            finished = true;
                            rs.close();
                            done.close();
                        }
                    } catch (Exception e) {
                        finished = true;
                        throw new IllegalStateException("PQL could not score a row: " + e.getMessage(), e);
                    }
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = next;
                next = null;
                return r;
            }
        };
    }

    private static Row row(ResultSet rs, DataType[] types) throws SQLException {
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            DataType t = types[i];
            int c = i + 1;
            Object v;
            if (t.equals(DataTypes.IntegerType)) {
                v = rs.getInt(c);
            } else if (t.equals(DataTypes.LongType)) {
                v = rs.getLong(c);
            } else if (t.equals(DataTypes.DoubleType)) {
                v = rs.getDouble(c);
            } else if (t.equals(DataTypes.BooleanType)) {
                v = rs.getBoolean(c);
            } else if (t instanceof DecimalType) {
                BigDecimal d = rs.getBigDecimal(c);
                v = d;
            } else if (t.equals(DataTypes.DateType)) {
                v = rs.getDate(c);
            } else if (t.equals(DataTypes.TimestampType)) {
                v = rs.getTimestamp(c);
            } else {
                v = rs.getString(c);
            }
            values[i] = rs.wasNull() ? null : v;
        }
        return RowFactory.create(values);
    }
}
