package dev.pql.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * PQL's {@link DatabaseMetaData}: the embedded store's answers (catalogs, schemas, tables, keys,
 * indexes, types, functions and the {@code supports*} flags all hold for the SQL that PQL passes
 * to it), with PQL's product and driver names, PQL's keywords, and models as tables of type
 * {@code MODEL}. A dynamic proxy, because the interface has some 180 methods and PQL changes a
 * dozen of them.
 */
final class MetaData implements InvocationHandler {
    /** PQL's words that SQL:2003 does not reserve, for editors' highlighting and completion. */
    static final String KEYWORDS = "ACTIVE,ATTACH,CONFIDENCE,CONFIG,CONFUSION,DESCRIBE,DETACH,DIFF,ENCODER,"
            + "EVALUATE,EXPLANATION,EXPORT,FILES,GIVEN,HYPEROPT,MATRIX,MODEL,MODELS,PREDICT,PROBABILITIES,RETRAIN,SHOW,"
            + "SOURCES,TRAINING,TRIALS,VERSION";

    private final PqlConnection connection;
    private final DatabaseMetaData store;

    private MetaData(PqlConnection connection, DatabaseMetaData store) {
        this.connection = connection;
        this.store = store;
    }

    static DatabaseMetaData wrap(PqlConnection connection, DatabaseMetaData store) {
        return (DatabaseMetaData) Proxy.newProxyInstance(MetaData.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, new MetaData(connection, store));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "PqlDatabaseMetaData[" + connection.url() + "]";
            };
        }
        int arity = args == null ? 0 : args.length;
        try {
            return switch (method.getName()) {
                case "getConnection" -> connection;
                case "getURL" -> connection.url();
                case "getDatabaseProductName" -> "PQL";
                case "getDatabaseProductVersion" -> Driver.VERSION + " (store: H2 " + store.getDatabaseProductVersion()
                        + ")";
                case "getDatabaseMajorVersion", "getDriverMajorVersion" -> Driver.MAJOR;
                case "getDatabaseMinorVersion", "getDriverMinorVersion" -> Driver.MINOR;
                case "getDriverName" -> "PQL JDBC Driver";
                case "getDriverVersion" -> Driver.VERSION;
                case "getSQLKeywords" -> store.getSQLKeywords() + "," + KEYWORDS;
                case "getTableTypes" -> ModelTables.tableTypes(store);
                case "getTables" -> ModelTables.tables(connection, store, (String) args[0], (String) args[1],
                        (String) args[2], (String[]) args[3]);
                case "getColumns" -> ModelTables.columns(connection, store, (String) args[0], (String) args[1],
                        (String) args[2], (String) args[3]);
                case "getSchemas" -> arity == 0 ? schemas(null, null) : schemas((String) args[0], (String) args[1]);
                case "getClientInfoProperties" -> clientInfoProperties();
                case "getFunctions" -> functions((String) args[0], (String) args[1], (String) args[2]);
                case "unwrap" -> ((Class<?>) args[0]).isInstance(proxy) ? proxy : store.unwrap((Class<?>) args[0]);
                case "isWrapperFor" -> ((Class<?>) args[0]).isInstance(proxy) || store.isWrapperFor((Class<?>) args[0]);
                default -> method.invoke(store, args);
            };
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            throw t instanceof SQLException s ? Errors.withState(s)
                    : t instanceof RuntimeException r ? Errors.toSql(r) : t;
        } catch (RuntimeException e) {
            throw Errors.toSql(e);
        }
    }

    /** The client info properties a connection keeps (JDBC's standard names). */
    private ResultSet clientInfoProperties() {
        org.h2.tools.SimpleResultSet rs = new org.h2.tools.SimpleResultSet();
        rs.addColumn("NAME", java.sql.Types.VARCHAR, 256, 0);
        rs.addColumn("MAX_LEN", java.sql.Types.INTEGER, 10, 0);
        rs.addColumn("DEFAULT_VALUE", java.sql.Types.VARCHAR, 256, 0);
        rs.addColumn("DESCRIPTION", java.sql.Types.VARCHAR, 256, 0);
        for (String name : PqlConnection.CLIENT_INFO) {
            rs.addRow(name, 256, "", "kept with the connection for the client's own use");
        }
        return rs;
    }

    /**
     * The functions SQL can call: those the store lists as procedures (H2 reports its callable
     * functions there), in {@code getFunctions}'s columns, so tools that ask either way see them.
     */
    private ResultSet functions(String catalog, String schemaPattern, String namePattern) throws SQLException {
        org.h2.tools.SimpleResultSet rs = new org.h2.tools.SimpleResultSet();
        rs.addColumn("FUNCTION_CAT", java.sql.Types.VARCHAR, 256, 0);
        rs.addColumn("FUNCTION_SCHEM", java.sql.Types.VARCHAR, 256, 0);
        rs.addColumn("FUNCTION_NAME", java.sql.Types.VARCHAR, 256, 0);
        rs.addColumn("REMARKS", java.sql.Types.VARCHAR, 1024, 0);
        rs.addColumn("FUNCTION_TYPE", java.sql.Types.SMALLINT, 5, 0);
        rs.addColumn("SPECIFIC_NAME", java.sql.Types.VARCHAR, 256, 0);
        try (ResultSet p = store.getProcedures(catalog, schemaPattern, namePattern)) {
            while (p.next()) {
                rs.addRow(p.getString("PROCEDURE_CAT"), p.getString("PROCEDURE_SCHEM"), p.getString("PROCEDURE_NAME"),
                        p.getString("REMARKS"), (short) DatabaseMetaData.functionResultUnknown, p.getString("SPECIFIC_NAME"));
            }
        }
        return rs;
    }

    /** The store's schemas, the {@code pql} system schema and each attached source. */
    private ResultSet schemas(String catalog, String pattern) throws SQLException {
        return SourceTables.schemasRows(connection, store, catalog, pattern);
    }
}
