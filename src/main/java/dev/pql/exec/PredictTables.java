package dev.pql.exec;

import dev.pql.data.CalciteValues;
import dev.pql.data.RowsTable;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import dev.pql.parse.StatementParser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * PREDICT as a table inside SQL, bound to one session: {@code SELECT ... FROM (PREDICT ...) p} is
 * planned by Calcite with the PREDICT standing in a table of this schema. The table's columns come
 * from the model and the prepared GIVEN query (nothing is scored to plan); its rows are scored in
 * batches when Calcite scans it, so predictions can be filtered, joined and aggregated.
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

    /** Registers a PREDICT's table and returns how SQL names it. */
    String register(String predictText) {
        Ast.Statement stmt = StatementParser.parse(predictText);
        if (!(stmt instanceof Ast.Predict p)) {
            throw new PqlException(ErrorCode.SYNTAX_ERROR, "Only PREDICT can be used as a table inside SQL; got: "
                    + predictText);
        }
        // Upper-case columns, as the store names its own: SQL around it finds p.class and p.CLASS alike.
        ResultSet shape = new PredictCommand(session).describe(p, true);
        try {
            List<SqlTypeName> types = CalciteValues.types(shape.getMetaData());
            RowsTable table = new RowsTable(CalciteValues.names(shape.getMetaData()), types,
                    () -> CalciteValues.rows(new PredictCommand(session).run(p, true).resultSet(), types));
            // The same PREDICT with the same columns gets the same table name, so a query planned once is
            // planned for good (see CalcitePlans); new columns (a retrained model) make a new name.
            String key = "P" + sha256(predictText + "|" + table.names() + table.types()).substring(0, 24);
            tables.put(key, table);
            return "\"" + SCHEMA + "\".\"" + key + "\"";
        } catch (SQLException e) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Cannot read the PREDICT's columns: " + e.getMessage(), e);
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
                    Set<String> names = new LinkedHashSet<>();
                    for (String n : tables.keySet()) {
                        if (pattern.matcher().apply(n)) {
                            names.add(n);
                        }
                    }
                    return names;
                }
            }
        };
    }

    @Override
    protected Map<String, Table> getTableMap() {
        return Map.of(); // not listed in metadata: these tables exist only for the statements that use them
    }
}
