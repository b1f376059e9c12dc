package dev.pql.data;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.SqlShape;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes rows that Calcite read (from an attached source, a PREDICT) into a table of the store:
 * {@code CREATE TABLE t AS ...} and {@code INSERT INTO t ... SELECT ...}. In one transaction on the
 * session's store connection: a failure part-way leaves the store as it was (a table it was
 * creating is dropped again).
 */
final class TableCopy {
    private static final int BATCH = 1000;
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private TableCopy() {
    }

    static long create(Connection store, SqlShape.Ctas ctas, ResultSet rows) {
        try (rows) {
            if (ctas.ifNotExists() && exists(store, ctas.table())) {
                return 0;
            }
            ResultSetMetaData md = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(ctas.table()).append(" (");
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String name = columnName(md.getColumnLabel(i));
                columns.add(name);
                ddl.append(i > 1 ? ", " : "").append(name).append(' ').append(h2Type(md, i));
            }
            ddl.append(')');
            try (Statement s = store.createStatement()) {
                s.execute(ddl.toString());
            }
            try {
                return copy(store, "INSERT INTO " + ctas.table() + " (" + String.join(", ", columns) + ")", rows);
            } catch (SQLException | RuntimeException e) {
                try (Statement s = store.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS " + ctas.table());
                } catch (SQLException ignored) {
                    // the original failure is what the user needs to see
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failed("CREATE TABLE " + ctas.table(), e);
        }
    }

    static long insert(Connection store, String target, ResultSet rows) {
        try (rows) {
            return copy(store, "INSERT INTO " + target, rows);
        } catch (SQLException e) {
            throw failed("INSERT INTO " + target, e);
        }
    }

    private static long copy(Connection store, String insertInto, ResultSet rows) throws SQLException {
        int n = rows.getMetaData().getColumnCount();
        String sql = insertInto + " VALUES (" + "?, ".repeat(n - 1) + "?)";
        boolean auto = store.getAutoCommit();
        store.setAutoCommit(false);
        long count = 0;
        try (PreparedStatement ps = store.prepareStatement(sql)) {
            while (rows.next()) {
                for (int i = 1; i <= n; i++) {
                    ps.setObject(i, rows.getObject(i));
                }
                ps.addBatch();
                if (++count % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            if (auto) {
                store.commit();
            }
            return count;
        } catch (SQLException | RuntimeException e) {
            if (auto) {
                store.rollback();
            }
            throw e;
        } finally {
            store.setAutoCommit(auto);
        }
    }

    /** A result column's name as a store column: plain names unquoted (H2 folds them to upper case, as CSVREAD does). */
    private static String columnName(String label) {
        return PLAIN_NAME.matcher(label).matches() ? label.toUpperCase(Locale.ROOT)
                : "\"" + label.replace("\"", "\"\"") + "\"";
    }

    private static String h2Type(ResultSetMetaData md, int i) throws SQLException {
        return switch (md.getColumnType(i)) {
            case Types.BOOLEAN, Types.BIT -> "BOOLEAN";
            case Types.TINYINT -> "TINYINT";
            case Types.SMALLINT -> "SMALLINT";
            case Types.INTEGER -> "INTEGER";
            case Types.BIGINT -> "BIGINT";
            case Types.REAL -> "REAL";
            case Types.FLOAT, Types.DOUBLE -> "DOUBLE PRECISION";
            case Types.DECIMAL, Types.NUMERIC -> md.getPrecision(i) > 0 && md.getPrecision(i) <= 100_000
                    ? "NUMERIC(" + md.getPrecision(i) + ", " + Math.max(0, md.getScale(i)) + ")" : "NUMERIC";
            case Types.DATE -> "DATE";
            case Types.TIME -> "TIME";
            case Types.TIMESTAMP -> "TIMESTAMP";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "TIMESTAMP WITH TIME ZONE";
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> "VARBINARY";
            default -> "CHARACTER VARYING";
        };
    }

    private static boolean exists(Connection store, String table) throws SQLException {
        try (Statement s = store.createStatement()) {
            s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static PqlException failed(String what, SQLException e) {
        return new PqlException(e.getSQLState() != null && e.getSQLState().startsWith("42")
                ? ErrorCode.SYNTAX_ERROR : ErrorCode.STORE_ERROR,
                what + " failed: " + e.getMessage() + ". The store is as it was before the statement.", e);
    }
}
