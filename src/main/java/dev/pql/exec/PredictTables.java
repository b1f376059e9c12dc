package dev.pql.exec;

import dev.pql.data.CalciteValues;
import dev.pql.data.LookupNames;
import dev.pql.data.RowsTable;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import dev.pql.parse.StatementParser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.IgnoreCaseLookup;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * PQL statements as tables inside SQL, bound to one session: {@code SELECT ... FROM (PREDICT ...) p}
 * is planned by Calcite with the PREDICT standing in a table of this schema. A PREDICT's columns
 * come from the model and the prepared GIVEN query (nothing is scored to plan); its rows are scored
 * in batches when Calcite scans it, so predictions can be filtered, joined and aggregated. EVALUATE,
 * SHOW, DESCRIBE, EXPLAIN and DIFF are tables the same way, so tools can wrap any statement.
 */
final class PredictTables extends AbstractSchema {
    static final String SCHEMA = "PQL$PREDICT";
    /** Tables kept for re-executing prepared statements; the oldest go first. */
    private static final int KEPT = 1024;
    private final Session session;
    private final Map<String, RowsTable> tables = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RowsTable> eldest) {
            return size() > KEPT;
        }
    });

    PredictTables(Session session) {
        this.session = session;
    }

    /** Registers an embedded statement's table and returns how SQL names it. */
    String register(String statementText) {
        Ast.Statement stmt = StatementParser.parse(statementText);
        RowsTable table = stmt instanceof Ast.Predict p ? predictTable(p) : statementTable(stmt, statementText);
        // The same statement with the same columns gets the same table name, so a query planned once is
        // planned for good (see CalcitePlans); new columns (a retrained model) make a new name.
        String key = "P" + sha256(statementText + "|" + table.names() + table.types()).substring(0, 24);
        tables.put(key, table);
        return "\"" + SCHEMA + "\".\"" + key + "\"";
    }

    /** A PREDICT: columns from the model and the prepared GIVEN query, rows scored as Calcite reads them. */
    private RowsTable predictTable(Ast.Predict p) {
        // Upper-case columns, as the store names its own: SQL around it finds p.class and p.CLASS alike.
        ResultSet shape = new PredictCommand(session).describe(p, true);
        try {
            List<SqlTypeName> types = CalciteValues.types(shape.getMetaData());
            return new RowsTable(CalciteValues.names(shape.getMetaData()), types,
                    () -> CalciteValues.rows(new PredictCommand(session).run(p, true).resultSet(), types));
        } catch (SQLException e) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Cannot read the PREDICT's columns: " + e.getMessage(), e);
        }
    }

    /**
     * Any other statement that answers rows (EVALUATE, SHOW ..., DESCRIBE, EXPLAIN, DIFF): it runs
     * once to learn its columns, and that first answer is the one the query's first scan reads.
     */
    private RowsTable statementTable(Ast.Statement stmt, String text) {
        ExecResult first = session.execute(stmt, text, progress -> { }, () -> false);
        if (first.resultSet() == null) {
            throw new PqlException(ErrorCode.SYNTAX_ERROR, "Only a statement that answers rows can be used as a table "
                    + "inside SQL; this one answers an update count: " + text);
        }
        try {
            java.sql.ResultSetMetaData md = first.resultSet().getMetaData();
            List<SqlTypeName> types = CalciteValues.types(md);
            List<String> names = new java.util.ArrayList<>();
            for (String n : CalciteValues.names(md)) {
                names.add(n.toUpperCase(java.util.Locale.ROOT)); // as the store names columns, like PREDICT's
            }
            java.util.concurrent.atomic.AtomicReference<ResultSet> ready = new java.util.concurrent.atomic.AtomicReference<>(
                    first.resultSet());
            return new RowsTable(names, types, () -> {
                ResultSet rs = ready.getAndSet(null);
                return CalciteValues.rows(rs != null ? rs
                        : session.execute(stmt, text, progress -> { }, () -> false).resultSet(), types);
            });
        } catch (SQLException e) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Cannot read the statement's columns: " + e.getMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().withUpperCase().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public Lookup<Table> tables() {
        return new IgnoreCaseLookup<>() {
            @Override
            public Table get(String name) {
                return tables.get(name);
            }

            @Override
            public Set<String> getNames(LikePattern pattern) {
                synchronized (tables) {
                    return LookupNames.matching(tables.keySet(), pattern);
                }
            }
        };
    }

    @Override
    protected Map<String, Table> getTableMap() {
        return Map.of(); // not listed in metadata: these tables exist only for the statements that use them
    }
}
