package dev.pql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver driven the way real clients drive it: the metadata calls, in order, that DBeaver's
 * generic driver makes on connect and when browsing a table, and those of a BI tool's schema sync
 * (Metabase's generic sql-jdbc driver). Paths name the client source each step comes from.
 */
class ClientSequencesTest {
    @TempDir
    static Path dir;
    static Connection c;

    @BeforeAll
    static void train() throws SQLException {
        // DBeaver: JDBCDataSource.openConnection instantiates the driver class and calls connect().
        c = new Driver().connect("jdbc:pql:" + dir, new Properties());
        Fixtures.peopleAndModel(c);
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    @Test
    void dbeaverConnectAndBrowse() throws SQLException {
        // plugins/org.jkiss.dbeaver.model.jdbc/.../impl/jdbc/JDBCDataSourceInfo.java (constructor)
        DatabaseMetaData md = c.getMetaData();
        assertEquals(c, md.getConnection());
        assertEquals("PQL", md.getDatabaseProductName());
        assertTrue(md.getDatabaseProductVersion().startsWith(Driver.VERSION));
        assertEquals("PQL JDBC Driver", md.getDriverName());
        assertEquals(Driver.VERSION, md.getDriverVersion());
        assertEquals(Driver.MAJOR, md.getDatabaseMajorVersion());
        assertEquals(Driver.MINOR, md.getDatabaseMinorVersion());
        assertNotNull(md.getSchemaTerm());
        assertNotNull(md.getProcedureTerm());
        assertNotNull(md.getCatalogTerm());
        assertTrue(md.supportsBatchUpdates());
        assertTrue(md.supportsTransactions());
        for (int level : new int[] {Connection.TRANSACTION_NONE, Connection.TRANSACTION_READ_UNCOMMITTED,
                Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_REPEATABLE_READ,
                Connection.TRANSACTION_SERIALIZABLE}) {
            md.supportsTransactionIsolationLevel(level);
        }
        // .../impl/jdbc/JDBCSQLDialect.java initDriverSettings + loadDriverKeywords
        assertEquals("\"", md.getIdentifierQuoteString());
        md.getSQLStateType();
        assertTrue(md.supportsCorrelatedSubqueries() || md.supportsSubqueriesInComparisons()
                || md.supportsSubqueriesInExists() || md.supportsSubqueriesInIns()
                || md.supportsSubqueriesInQuantifieds());
        md.supportsMixedCaseIdentifiers();
        md.supportsMixedCaseQuotedIdentifiers();
        assertTrue(md.storesUpperCaseIdentifiers() || md.storesLowerCaseIdentifiers()
                || md.storesMixedCaseIdentifiers());
        md.storesUpperCaseQuotedIdentifiers();
        md.storesLowerCaseQuotedIdentifiers();
        assertNotNull(md.getSearchStringEscape());
        assertNotNull(md.getCatalogSeparator());
        md.supportsCatalogsInDataManipulation();
        md.supportsCatalogsInTableDefinitions();
        md.supportsCatalogsInProcedureCalls();
        md.supportsCatalogsInIndexDefinitions();
        md.supportsCatalogsInPrivilegeDefinitions();
        assertTrue(md.supportsSchemasInDataManipulation());
        md.supportsSchemasInTableDefinitions();
        md.supportsSchemasInProcedureCalls();
        md.supportsSchemasInIndexDefinitions();
        md.supportsSchemasInPrivilegeDefinitions();
        md.getExtraNameCharacters();
        md.isCatalogAtStart();
        assertTrue(List.of(md.getSQLKeywords().split(",")).containsAll(List.of("PREDICT", "GIVEN", "MODEL")));
        assertFalse(md.getNumericFunctions().isEmpty());
        md.getStringFunctions();
        md.getSystemFunctions();
        md.getTimeDateFunctions();
        // .../impl/jdbc/JDBCExecutionContext.java: auto-commit, isolation; GenericExecutionContext: defaults
        c.setAutoCommit(true);
        assertTrue(c.getAutoCommit());
        c.getTransactionIsolation();
        String catalog = c.getCatalog();
        assertEquals("PUBLIC", c.getSchema());
        // ext/generic/model/GenericDataSource.java initialize: data types, catalogs, schemas, table types
        assertFalse(rows(md.getTypeInfo(), "TYPE_NAME").isEmpty());
        assertEquals(List.of(catalog), rows(md.getCatalogs(), "TABLE_CAT"));
        assertTrue(rows(md.getSchemas(), "TABLE_SCHEM").containsAll(List.of("PUBLIC", "PQL", "INFORMATION_SCHEMA")));
        assertTrue(rows(md.getTableTypes(), "TABLE_TYPE").contains("MODEL"));
        // ext/generic/model/meta/GenericMetaModel.java prepareTableLoadStatement: the schema's tables
        assertEquals(List.of("PEOPLE"), rows(md.getTables(catalog, "PUBLIC", "%", null), "TABLE_NAME"));
        Map<String, String> pql = map(md.getTables(catalog, "PQL", "%", null), "TABLE_NAME", "TABLE_TYPE");
        assertEquals("MODEL", pql.get("buyer"));
        // ext/generic/model/TableCache.java: the columns of the schema's tables
        Map<String, String> peopleColumns = map(md.getColumns(catalog, "PUBLIC", "PEOPLE", "%"), "COLUMN_NAME",
                "TYPE_NAME");
        assertEquals(List.of("ID", "AGE", "CITY", "NOTE", "BUYS"), new ArrayList<>(peopleColumns.keySet()));
        try (ResultSet rs = md.getColumns(catalog, "PQL", "buyer", "%")) {
            List<String> features = new ArrayList<>();
            while (rs.next()) {
                features.add(rs.getString("COLUMN_NAME") + ":" + rs.getInt("DATA_TYPE") + ":"
                        + rs.getString("IS_GENERATEDCOLUMN"));
                assertEquals(DatabaseMetaData.columnNullable, rs.getInt("NULLABLE"));
                assertTrue(rs.getInt("COLUMN_SIZE") > 0);
                assertNotNull(rs.getString("REMARKS"));
            }
            assertEquals(List.of("age:" + Types.DOUBLE + ":NO", "city:" + Types.VARCHAR + ":NO",
                    "buys:" + Types.VARCHAR + ":YES"), features);
        }
        // PrimaryKeysCache, ForeignKeysCache (imported and, for the references tab, exported), IndexCache
        assertEquals(List.of("ID"), rows(md.getPrimaryKeys(catalog, "PUBLIC", "PEOPLE"), "COLUMN_NAME"));
        assertTrue(rows(md.getImportedKeys(catalog, "PUBLIC", "PEOPLE"), "FKCOLUMN_NAME").isEmpty());
        assertTrue(rows(md.getExportedKeys(catalog, "PUBLIC", "PEOPLE"), "FKCOLUMN_NAME").isEmpty());
        assertFalse(rows(md.getIndexInfo(catalog, "PUBLIC", "PEOPLE", false, true), "INDEX_NAME").isEmpty());
        assertTrue(rows(md.getPrimaryKeys(catalog, "PQL", "buyer"), "COLUMN_NAME").isEmpty());
        // GenericMetaModel.loadProcedures: procedures, then functions
        rows(md.getProcedures(catalog, "PUBLIC", "%"), "PROCEDURE_NAME");
        rows(md.getFunctions(catalog, "PUBLIC", "%"), "FUNCTION_NAME");
        // The data tab: DBeaver prepares the query, limits rows, reads column metadata, then counts rows.
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM PUBLIC.PEOPLE")) {
            ps.setFetchSize(200);
            ps.setMaxRows(200);
            try (ResultSet rs = ps.executeQuery()) {
                describeColumns(rs.getMetaData());
                int n = 0;
                while (rs.next()) {
                    rs.getObject(1);
                    n++;
                }
                assertEquals(40, n);
            }
        }
        // The SQL editor: a PQL statement, prepared like any other, results then the more-results loop.
        try (PreparedStatement ps = c.prepareStatement("PREDICT buys WITH CONFIDENCE USING buyer GIVEN "
                + "SELECT a.id, a.age, a.city, b.id FROM people a JOIN people b ON a.id = b.id WHERE a.id < 5")) {
            ps.setMaxRows(200);
            assertTrue(ps.execute());
            try (ResultSet rs = ps.getResultSet()) {
                describeColumns(rs.getMetaData());
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                assertEquals(5, n);
            }
            assertFalse(ps.getMoreResults());
            assertEquals(-1, ps.getUpdateCount());
            ps.getWarnings();
        }
    }

    @Test
    void metabaseSync() throws SQLException {
        // metabase/driver/sql_jdbc/sync/describe_database.clj: all-schemas, then db-tables per schema
        DatabaseMetaData md = c.getMetaData();
        List<String> schemas = rows(md.getSchemas(), "TABLE_SCHEM");
        String[] types = {"TABLE", "PARTITIONED TABLE", "VIEW", "FOREIGN TABLE", "MATERIALIZED VIEW",
                "EXTERNAL TABLE", "DYNAMIC_TABLE"};
        List<String> tables = new ArrayList<>();
        for (String schema : schemas) {
            String escaped = schema.replace("_", md.getSearchStringEscape() + "_");
            try (ResultSet rs = md.getTables(null, escaped, "%", types)) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME"));
                    assertNotNull(rs.getString("TABLE_TYPE"));
                }
            }
        }
        assertTrue(tables.contains("PUBLIC.PEOPLE"), tables.toString());
        // have-select-privilege?: a probe query with a 15 s timeout
        try (PreparedStatement ps = c.prepareStatement("SELECT TRUE AS \"_\" FROM \"PUBLIC\".\"PEOPLE\" WHERE 1 <> 1 "
                + "LIMIT 0")) {
            ps.setQueryTimeout(15);
            ps.execute();
        }
        // describe_table.clj: jdbc-fields-metadata (getColumns with a null column pattern), pks, fks
        Map<String, String> fields = map(md.getColumns(null, "PUBLIC", "PEOPLE", null), "COLUMN_NAME", "TYPE_NAME");
        assertEquals("INTEGER", fields.get("ID"));
        assertEquals("CHARACTER VARYING", fields.get("CITY"));
        assertEquals(List.of("ID"), rows(md.getPrimaryKeys(null, "PUBLIC", "PEOPLE"), "COLUMN_NAME"));
        assertTrue(rows(md.getImportedKeys(null, "PUBLIC", "PEOPLE"), "PKTABLE_NAME").isEmpty());
        // Models are listed when a tool asks for MODEL (or for every type), never among plain tables.
        assertFalse(tables.contains("PQL.buyer"));
        assertEquals(List.of("buyer"), rows(md.getTables(null, "PQL", "%", new String[] {"MODEL"}), "TABLE_NAME"));
    }

    @Test
    void twoDatabasesOpenAtOnceEachListsItsOwn(@TempDir Path other) throws SQLException {
        // a tool with two PQL connections (two folders) open in one JVM, browsing both
        try (Connection second = new Driver().connect("jdbc:pql:" + other, new Properties());
             java.sql.Statement s = second.createStatement()) {
            s.execute("CREATE TABLE leads (id INT, score DOUBLE, won BOOLEAN)");
            s.execute("INSERT INTO leads SELECT X, X / 10.0, MOD(X, 2) = 0 FROM SYSTEM_RANGE(1, 40)");
            s.execute("CREATE MODEL closer PREDICT won FROM leads WITH (trainer.epochs = 1)");
            assertEquals(List.of("buyer"), rows(c.getMetaData().getTables(null, "PQL", "%", new String[] {"MODEL"}),
                    "TABLE_NAME"));
            assertEquals(List.of("closer"), rows(second.getMetaData().getTables(null, "PQL", "%",
                    new String[] {"MODEL"}), "TABLE_NAME"));
            // PREDICT inside SQL, prepared as BI tools do, answers from each connection's own database
            try (PreparedStatement ps = second.prepareStatement(
                    "SELECT COUNT(*) FROM (PREDICT won USING closer GIVEN SELECT * FROM leads) p")) {
                assertNotNull(ps.getMetaData());
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(40, rs.getInt(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM (PREDICT buys USING buyer GIVEN SELECT * FROM people) p")) {
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertTrue(rs.getInt(1) > 0);
                }
            }
        }
    }

    /** What DBeaver's JDBCColumnMetaData reads of each result column. */
    static void describeColumns(ResultSetMetaData md) throws SQLException {
        for (int i = 1; i <= md.getColumnCount(); i++) {
            assertNotNull(md.getColumnLabel(i));
            md.getColumnName(i);
            md.getTableName(i);
            md.getSchemaName(i);
            md.getCatalogName(i);
            assertTrue(md.getColumnType(i) != Types.NULL);
            assertNotNull(md.getColumnTypeName(i));
            md.getPrecision(i);
            md.getScale(i);
            md.isNullable(i);
            md.isAutoIncrement(i);
            md.getColumnDisplaySize(i);
            md.isReadOnly(i);
            md.getColumnClassName(i);
        }
    }

    static List<String> rows(ResultSet rs, String column) throws SQLException {
        List<String> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                out.add(rs.getString(column));
            }
        }
        return out;
    }

    static Map<String, String> map(ResultSet rs, String key, String value) throws SQLException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        try (rs) {
            while (rs.next()) {
                out.put(rs.getString(key), rs.getString(value));
            }
        }
        return out;
    }
}
