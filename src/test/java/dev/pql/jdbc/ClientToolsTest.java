package dev.pql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What real tools do with a connection: wrap statements as subqueries, read metadata late, set client info. */
class ClientToolsTest {
    static Connection conn;

    @BeforeAll
    static void model() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:mem:");
        Fixtures.peopleAndModel(conn);
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    @Test
    void genericWritersTablesAreAccepted() throws SQLException {
        // What Spark's JDBC writer sends for a database it has no dialect for: H2 alone refuses BIT(1).
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE spark_written (\"id\" BIGINT , \"name\" TEXT , \"ok\" BIT(1) , \"p\" DOUBLE PRECISION )");
            s.execute("INSERT INTO spark_written VALUES (1, 'a', TRUE, 0.5)");
            try (ResultSet rs = s.executeQuery("SELECT \"ok\" FROM spark_written")) {
                assertTrue(rs.next());
                assertEquals(Types.BOOLEAN, rs.getMetaData().getColumnType(1));
                assertTrue(rs.getBoolean(1));
            }
            s.execute("DROP TABLE spark_written");
        }
    }

    @Test
    void resultMetadataOutlivesTheLastRow() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SHOW MODELS")) {
            while (rs.next()) {
                rs.getString(1);
            }
            assertEquals(Types.VARCHAR, rs.getMetaData().getColumnType(1));
            assertEquals("model", rs.getMetaData().getColumnLabel(1));
        }
    }

    @Test
    void everyStatementThatAnswersRowsIsARelation() throws SQLException {
        try (Statement s = conn.createStatement()) {
            // the schema probe BI tools send before they run anything
            try (ResultSet rs = s.executeQuery("SELECT * FROM (EVALUATE buyer GIVEN SELECT * FROM people) t WHERE 1 = 0")) {
                assertEquals(List.of("MODEL", "VERSION", "TARGET", "SLICE", "METRIC", "VALUE"), labels(rs.getMetaData()));
                assertTrue(!rs.next());
            }
            try (ResultSet rs = s.executeQuery("SELECT e.value FROM (EVALUATE buyer GIVEN SELECT * FROM people) e "
                    + "WHERE e.metric = 'accuracy'")) {
                assertTrue(rs.next());
                double accuracy = rs.getDouble(1);
                assertTrue(accuracy >= 0 && accuracy <= 1, "accuracy " + accuracy);
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM (SHOW MODELS) m WHERE m.model = 'buyer'")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT d.feature, d.role FROM (DESCRIBE MODEL buyer) d ORDER BY d.role, d.feature")) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1) + ":" + rs.getString(2));
                }
                assertTrue(rows.contains("age:input") && rows.contains("buys:output"), rows.toString());
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM (SHOW CONFIG buyer) c")) {
            assertTrue(ps.getMetaData().getColumnCount() > 0, "described before execution");
        }
    }

    @Test
    void aModelInTheNavigatorOpensToItsFeatures() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM PQL.\"buyer\"")) {
            List<String> features = new ArrayList<>();
            while (rs.next()) {
                features.add(rs.getString("FEATURE") + ":" + rs.getString("ROLE"));
            }
            assertTrue(features.contains("buys:output"), features.toString());
        }
        // listed once, as a MODEL, beside the pql views
        List<String> listed = new ArrayList<>();
        try (ResultSet rs = conn.getMetaData().getTables(null, "PQL", "%", null)) {
            while (rs.next()) {
                listed.add(rs.getString("TABLE_NAME") + ":" + rs.getString("TABLE_TYPE"));
            }
        }
        assertEquals(1, listed.stream().filter(t -> t.startsWith("buyer:")).count(), listed.toString());
        assertTrue(listed.contains("buyer:MODEL") && listed.contains("MODELS:VIEW"), listed.toString());
    }

    @Test
    void clientInfoAndFunctionsAreAnswered() throws SQLException {
        conn.setClientInfo("ApplicationName", "DBeaver 25.1");
        assertEquals("DBeaver 25.1", conn.getClientInfo("ApplicationName"));
        assertEquals("DBeaver 25.1", conn.getClientInfo().getProperty("ApplicationName"));
        DatabaseMetaData md = conn.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = md.getClientInfoProperties()) {
            while (rs.next()) {
                names.add(rs.getString("NAME"));
            }
        }
        assertTrue(names.contains("ApplicationName"), names.toString());
        int procedures = count(md.getProcedures(null, null, "%"));
        int functions = count(md.getFunctions(null, null, "%"));
        assertEquals(procedures, functions);
    }

    private static int count(ResultSet rs) throws SQLException {
        try (rs) {
            int n = 0;
            while (rs.next()) {
                n++;
            }
            return n;
        }
    }

    private static List<String> labels(ResultSetMetaData md) throws SQLException {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            labels.add(md.getColumnLabel(i));
        }
        return labels;
    }
}
