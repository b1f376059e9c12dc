package dev.pql.data;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rows read from a query, held in memory for training (which makes several passes over them).
 * Prediction does not use this: it streams batches straight from the result set.
 */
public record Table(List<String> columns, int[] sqlTypes, List<Object[]> rows) {

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
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
            return new Table(List.copyOf(columns), types, rows);
        } catch (SQLException e) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Cannot read the data: " + e.getMessage(), e);
        }
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
}
