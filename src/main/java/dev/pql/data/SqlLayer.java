package dev.pql.data;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import dev.pql.parse.Ast;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.adapter.jdbc.JdbcSchema;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.SchemaPlus;

/**
 * Calcite, over the embedded store as its default schema: resolves PQL's FROM and GIVEN queries.
 * Identifiers are case-insensitive, as H2, PostgreSQL and DuckDB users expect. The Calcite
 * connection costs about a second, so it is opened on first use.
 */
public final class SqlLayer implements AutoCloseable {
    static final String DEFAULT_SCHEMA = "PUBLIC";
    private static final Pattern POSITION = Pattern.compile("From line (\\d+), column (\\d+) to line \\d+, column \\d+: ");
    private static final Pattern OBJECT_NOT_FOUND = Pattern.compile("Object '([^']+)' not found");
    private static final Pattern COLUMN_NOT_FOUND = Pattern.compile("Column '([^']+)' not found");
    private final Store store;
    private Connection calcite;

    public SqlLayer(Store store) {
        this.store = store;
    }

    /** Runs a query; rows stream from the store as the result set is read. */
    public ResultSet query(String sql, Ast.Position at) {
        try {
            return connection().createStatement().executeQuery(sql);
        } catch (SQLException e) {
            throw translate(e, at);
        }
    }

    private synchronized Connection connection() throws SQLException {
        if (calcite == null) {
            Properties p = new Properties();
            p.put("caseSensitive", "false");
            p.put("unquotedCasing", "UNCHANGED");
            p.put("quotedCasing", "UNCHANGED");
            p.put("quoting", "DOUBLE_QUOTE");
            p.put("conformance", "LENIENT");
            Connection c = DriverManager.getConnection("jdbc:calcite:", p);
            SchemaPlus root = c.unwrap(CalciteConnection.class).getRootSchema();
            root.add(DEFAULT_SCHEMA, JdbcSchema.create(root, DEFAULT_SCHEMA, store.dataSource(), null, DEFAULT_SCHEMA));
            c.setSchema(DEFAULT_SCHEMA);
            calcite = c;
        }
        return calcite;
    }

    /** Turns Calcite's message into one with the statement's position and the candidates. */
    private PqlException translate(SQLException e, Ast.Position at) {
        String msg = rootMessage(e);
        String where = "";
        Matcher pos = POSITION.matcher(msg);
        if (pos.find()) {
            int line = Integer.parseInt(pos.group(1));
            int column = Integer.parseInt(pos.group(2));
            int absLine = at.line() + line - 1;
            int absColumn = line == 1 ? at.column() + column - 1 : column;
            where = " at line " + absLine + ", column " + absColumn;
            msg = msg.substring(pos.end());
        }
        Matcher table = OBJECT_NOT_FOUND.matcher(msg);
        if (table.find()) {
            List<String> tables = tableNames();
            return new PqlException(ErrorCode.TABLE_NOT_FOUND, "Table '" + table.group(1) + "' not found" + where
                    + (tables.isEmpty() ? "; the database has no tables yet (CREATE TABLE t AS SELECT * FROM CSVREAD('file.csv'))."
                    : "; tables: " + String.join(", ", tables) + "." + Suggestions.didYouMean(table.group(1), tables)), e);
        }
        if (COLUMN_NOT_FOUND.matcher(msg).find()) {
            return new PqlException(ErrorCode.COLUMN_NOT_FOUND, msg + where + ".", e);
        }
        return new PqlException(ErrorCode.SYNTAX_ERROR, "SQL error" + where + ": " + msg, e);
    }

    /** The tables of the default schema, as the store names them. */
    public List<String> tableNames() {
        List<String> names = new ArrayList<>();
        try (Connection c = store.connect();
             ResultSet rs = c.getMetaData().getTables(null, DEFAULT_SCHEMA, "%", new String[] {"TABLE", "VIEW"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        } catch (SQLException ignored) {
            // the candidates are a courtesy; the error is reported either way
        }
        return names;
    }

    private static String rootMessage(Throwable e) {
        String msg = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && POSITION.matcher(t.getMessage()).find()) {
                return t.getMessage();
            }
            if (t.getMessage() != null) {
                msg = t.getMessage();
            }
        }
        return msg;
    }

    @Override
    public synchronized void close() throws SQLException {
        if (calcite != null) {
            calcite.close();
            calcite = null;
        }
    }
}
