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
            + "SOURCES,TRAINING,VERSION";

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

    /** The store's schemas, the {@code pql} system schema and each attached source. */
    private ResultSet schemas(String catalog, String pattern) throws SQLException {
        return SourceTables.schemasRows(connection, store, catalog, pattern);
    }
}
