package dev.pql.data;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/**
 * Rows read from a query, held in memory for training (which makes several passes over them).
 * Prediction does not use this: it streams batches straight from the result set.
 *
 * <p>The values are kept column by column ({@link Column}: primitives and dictionary codes, not a
 * boxed object per value), and a row or a column is a view that boxes a value when it is read.
 * Choosing rows ({@link #where}) or replacing a column's values ({@link #mapColumn}) gives another
 * view over the same columns, so the rows training keeps cost an index each, not a copy.
 */
public final class Table {
    private final List<String> columns;
    private final int[] sqlTypes;
    private final Column[] data;
    /** The stored rows this table shows, in order; null: all of them. */
    private final int[] index;
    private final int size;
    /** Per column, a replacement of its values (null: as stored). */
    private final UnaryOperator<Object>[] mapped;

    @SuppressWarnings("unchecked")
    private Table(List<String> columns, int[] sqlTypes, Column[] data, int[] index, int size, UnaryOperator<Object>[] mapped) {
        this.columns = columns;
        this.sqlTypes = sqlTypes;
        this.data = data;
        this.index = index;
        this.size = size;
        this.mapped = mapped == null ? new UnaryOperator[data.length] : mapped;
    }

    /** A table of the given rows (each holds one value per column). */
    public Table(List<String> columns, int[] sqlTypes, List<Object[]> rows) {
        this(List.copyOf(columns), sqlTypes, collect(columns.size(), rows), null, rows.size(), null);
    }

    private static Column[] collect(int width, List<Object[]> rows) {
        Column.Builder[] builders = builders(width);
        for (Object[] row : rows) {
            for (int c = 0; c < width; c++) {
                builders[c].add(row[c]);
            }
        }
        return build(builders);
    }

    /** Reads every row of {@code rs} and closes it. */
    public static Table read(ResultSet rs) {
        try (rs) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            List<String> columns = new ArrayList<>(n);
            int[] types = new int[n];
            for (int i = 0; i < n; i++) {
                columns.add(md.getColumnLabel(i + 1));
                types[i] = md.getColumnType(i + 1);
            }
            Column.Builder[] builders = builders(n);
            int rows = 0;
            while (rs.next()) {
                for (int i = 0; i < n; i++) {
                    builders[i].add(rs.getObject(i + 1));
                }
                rows++;
            }
            return new Table(List.copyOf(columns), types, build(builders), null, rows, null);
        } catch (SQLException e) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Cannot read the data: " + e.getMessage(), e);
        }
    }

    private static Column.Builder[] builders(int n) {
        Column.Builder[] builders = new Column.Builder[n];
        for (int i = 0; i < n; i++) {
            builders[i] = new Column.Builder();
        }
        return builders;
    }

    private static Column[] build(Column.Builder[] builders) {
        Column[] out = new Column[builders.length];
        for (int i = 0; i < builders.length; i++) {
            out[i] = builders[i].build();
            builders[i] = null; // a column's builder goes as soon as it is built: their arrays are the largest here
        }
        return out;
    }

    public List<String> columns() {
        return columns;
    }

    public int[] sqlTypes() {
        return sqlTypes;
    }

    /** The number of rows. */
    public int size() {
        return size;
    }

    /** The value of row {@code row} in column {@code column}. */
    public Object value(int row, int column) {
        Object v = data[column].get(index == null ? row : index[row]);
        return mapped[column] == null ? v : mapped[column].apply(v);
    }

    /** The rows, each made when it is read (a fresh array: changing it changes nothing here). */
    public List<Object[]> rows() {
        return new Rows();
    }

    /** Column {@code c}'s values, row by row, each boxed when it is read. */
    public List<Object> column(int c) {
        return new Values(c);
    }

    /**
     * The rows for which {@code keep} holds, in order; it is given each row's position here, to read
     * the columns it needs with {@link #value} (a filter on one column boxes that column's values only).
     */
    public Table where(IntPredicate keep) {
        int[] kept = new int[size];
        int n = 0;
        for (int r = 0; r < size; r++) {
            if (keep.test(r)) {
                kept[n++] = index == null ? r : index[r];
            }
        }
        if (n == size) {
            return this;
        }
        return new Table(columns, sqlTypes, data, java.util.Arrays.copyOf(kept, n), n, mapped);
    }

    /** Rows {@code rows} of this table (positions in it), in that order. */
    public Table select(int[] rows) {
        int[] kept = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            java.util.Objects.checkIndex(rows[i], size);
            kept[i] = index == null ? rows[i] : index[rows[i]];
        }
        return new Table(columns, sqlTypes, data, kept, kept.length, mapped);
    }

    /** The same rows with column {@code c} alone: a view that keeps that column's values and none of the others. */
    public Table keepOnly(int c) {
        @SuppressWarnings("unchecked")
        UnaryOperator<Object>[] m = new UnaryOperator[] {mapped[c]};
        return new Table(List.of(columns.get(c)), new int[] {sqlTypes[c]}, new Column[] {data[c]}, index, size, m);
    }

    /** The same rows with column {@code c}'s values passed through {@code f} as they are read. */
    public Table mapColumn(int c, UnaryOperator<Object> f) {
        UnaryOperator<Object>[] m = mapped.clone();
        UnaryOperator<Object> before = m[c];
        m[c] = before == null ? f : v -> f.apply(before.apply(v));
        return new Table(columns, sqlTypes, data, index, size, m);
    }

    /** How column {@code c} is stored (a {@link Column} kind): what the memory of training rows depends on. */
    Class<? extends Column> storage(int c) {
        return data[c].getClass();
    }

    /**
     * Lets go of column {@code c}'s values, in this table and in every view of it ({@link #where},
     * {@link #select}, {@link #mapColumn}; not {@link #keepOnly}, which holds its column itself):
     * for the one owner of a table that is done with a column, as training is once it has encoded
     * it, so that a large table shrinks while its encoded form grows. Reading it afterwards fails.
     */
    public void release(int c) {
        data[c] = new Column.Released(columns.get(c));
    }

    /** The index of a column, matched case-insensitively, or -1. */
    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private final class Rows extends AbstractList<Object[]> implements RandomAccess {
        @Override
        public Object[] get(int r) {
            java.util.Objects.checkIndex(r, size);
            Object[] row = new Object[data.length];
            for (int c = 0; c < row.length; c++) {
                row[c] = value(r, c);
            }
            return row;
        }

        @Override
        public int size() {
            return size;
        }
    }

    private final class Values extends AbstractList<Object> implements RandomAccess {
        private final int column;

        Values(int column) {
            this.column = column;
        }

        @Override
        public Object get(int r) {
            java.util.Objects.checkIndex(r, size);
            return value(r, column);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
