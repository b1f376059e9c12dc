package dev.pql.jdbc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.h2.tools.SimpleResultSet;

/**
 * A metadata result set of the store, copied so that PQL's own rows (models, the {@code pql}
 * schema, the MODEL table type) can join it: same columns, same types, re-sorted as JDBC requires.
 */
final class MetaRows {
    private final ResultSetMetaData columns;
    private final List<Object[]> rows = new ArrayList<>();

    private MetaRows(ResultSetMetaData columns) {
        this.columns = columns;
    }

    /** Reads (and closes) a result set. */
    static MetaRows copy(ResultSet rs) throws SQLException {
        try (rs) {
            MetaRows m = new MetaRows(Results.describe(rs.getMetaData()));
            int n = m.columns.getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                m.rows.add(row);
            }
            return m;
        }
    }

    /** Adds a row given by column name; columns it does not name are null. */
    void add(Map<String, ?> values) throws SQLException {
        Object[] row = new Object[columns.getColumnCount()];
        for (int i = 0; i < row.length; i++) {
            row[i] = values.get(columns.getColumnLabel(i + 1));
        }
        rows.add(row);
    }

    /** Whether some row has {@code value} (ignoring case) in column {@code name}. */
    boolean contains(String name, String value) throws SQLException {
        int c = index(name);
        return rows.stream().anyMatch(r -> r[c] != null && value.equalsIgnoreCase(r[c].toString()));
    }

    /** Sorts by the named columns, nulls first. */
    MetaRows sort(String... names) throws SQLException {
        Comparator<Object[]> order = null;
        for (String name : names) {
            int c = index(name);
            Comparator<Object[]> by = Comparator.comparing(r -> r[c], Comparator.nullsFirst(MetaRows::compare));
            order = order == null ? by : order.thenComparing(by);
        }
        if (order != null) {
            rows.sort(order);
        }
        return this;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }

    private int index(String name) throws SQLException {
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            if (columns.getColumnLabel(i).equalsIgnoreCase(name)) {
                return i - 1;
            }
        }
        throw new SQLException("No metadata column " + name, Errors.GENERAL);
    }

    /** Drops the rows whose column {@code name} equals {@code value}, ignoring case. */
    MetaRows removeIf(String name, String value) throws SQLException {
        int c = index(name);
        rows.removeIf(r -> r[c] != null && value.equalsIgnoreCase(r[c].toString()));
        return this;
    }

    /**
     * Adds each row of another metadata result (read and closed) by column label; {@code fix}
     * adjusts each and says whether to keep it.
     */
    MetaRows addAll(ResultSet other, java.util.function.Predicate<Map<String, Object>> fix) throws SQLException {
        try (other) {
            ResultSetMetaData md = other.getMetaData();
            while (other.next()) {
                Map<String, Object> row = new java.util.HashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i).toUpperCase(Locale.ROOT), other.getObject(i));
                }
                if (!fix.test(row)) {
                    continue;
                }
                Object[] values = new Object[columns.getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.get(columns.getColumnLabel(i + 1).toUpperCase(Locale.ROOT));
                }
                rows.add(values);
            }
        }
        return this;
    }

    ResultSet build() throws SQLException {
        SimpleResultSet rs = new SimpleResultSet();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            rs.addColumn(columns.getColumnLabel(i), columns.getColumnType(i), columns.getColumnTypeName(i),
                    columns.getPrecision(i), columns.getScale(i));
        }
        for (Object[] row : rows) {
            rs.addRow(row);
        }
        return rs;
    }

    /** Whether {@code name} matches a JDBC search pattern ({@code %}, {@code _}, escape {@code \}; null: all). */
    static boolean like(String pattern, String name) {
        if (pattern == null) {
            return true;
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // Case-insensitive: PQL names are, and tools pass the store's upper-case spelling.
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                .matcher(name.toLowerCase(Locale.ROOT)).matches();
    }
}
