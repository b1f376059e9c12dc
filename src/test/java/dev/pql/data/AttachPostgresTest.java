package dev.pql.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ATTACH DATABASE against a real PostgreSQL 14 (started from Maven-shipped binaries): query,
 * train, predict, copy into the store, push-down, metadata, persistence and every bad input.
 */
class AttachPostgresTest {
    static EmbeddedPostgres pg;
    static String url;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        pg = EmbeddedPostgres.builder().start();
        url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE analyst LOGIN PASSWORD 'secret'");
            s.execute("CREATE TABLE customers (id INT PRIMARY KEY, segment TEXT, age INT, spend DOUBLE PRECISION, "
                    + "churned BOOLEAN)");
            s.execute("CREATE SCHEMA sales");
            s.execute("CREATE TABLE sales.orders (id INT, customer_id INT, amount NUMERIC(10, 2))");
            s.execute("CREATE TABLE odd (id INT, spot POINT)");
            s.execute("INSERT INTO odd VALUES (1, point(1, 2))");
            s.execute("GRANT USAGE ON SCHEMA sales TO analyst");
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public, sales TO analyst");
            Random r = new Random(3);
            String[] segments = {"retail", "smb", "enterprise"};
            try (PreparedStatement p = c.prepareStatement("INSERT INTO customers VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < 300; i++) {
                    int age = 18 + r.nextInt(60);
                    double spend = Math.round(r.nextDouble() * 1000) / 10.0;
                    p.setInt(1, i);
                    p.setString(2, segments[i % 3]);
                    p.setInt(3, age);
                    p.setDouble(4, spend);
                    p.setBoolean(5, spend < 30 && age > 40 || r.nextInt(20) == 0);
                    p.addBatch();
                }
                p.executeBatch();
            }
            s.execute("INSERT INTO sales.orders SELECT id, id % 50, id * 1.5 FROM generate_series(1, 120) id");
        }
        // Passwords are checked over TCP (the embedded server trusts everyone by default).
        Path hba = Path.of(String.valueOf(pgDataDir())).resolve("pg_hba.conf");
        Files.writeString(hba, "local all all trust\nhost all postgres 127.0.0.1/32 trust\nhost all postgres ::1/128 trust\n"
                + "host all all 127.0.0.1/32 md5\nhost all all ::1/128 md5\n");
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_reload_conf()");
        }
    }

    private static Object pgDataDir() throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW data_directory")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    private static String attach(String name) {
        return "ATTACH DATABASE '" + url + "' AS " + name + " WITH (user = 'analyst', password = 'secret')";
    }

    @Test
    void attachQueryTrainPredictCopyDetach(@TempDir Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(attach("crm"))) {
                assertTrue(rs.next());
                assertEquals("CRM", rs.getString("source"));
                assertEquals("PostgreSQL", rs.getString("product"));
            }
            assertEquals(List.of("CRM|database|" + url + "|analyst"),
                    strings(s, "SELECT name, kind, url, user_name FROM pql.sources"));
            List<String> shown = strings(s, "SHOW SOURCES");
            assertEquals(1, shown.size());
            assertTrue(shown.get(0).contains("customers") && shown.get(0).contains("odd"), shown.toString());

            assertEquals(List.of("300"), strings(s, "SELECT COUNT(*) FROM crm.customers"));
            // identifiers are case-insensitive across sources: PostgreSQL's lower-case names answer to any case
            assertEquals(List.of("300"), strings(s, "SELECT COUNT(*) FROM CRM.Customers"));
            assertEquals(List.of("120"), strings(s, "SELECT COUNT(*) FROM crm.sales.orders"));
            assertEquals(List.of("100"), strings(s, "SELECT COUNT(*) FROM crm.Customers WHERE Segment = 'smb'"));

            s.execute("CREATE TABLE local_segments (segment VARCHAR, tier INT)");
            s.execute("INSERT INTO local_segments VALUES ('retail', 1), ('smb', 2)");
            assertEquals(List.of("200"), strings(s, "SELECT COUNT(*) FROM crm.customers c JOIN local_segments l "
                    + "ON c.segment = l.segment"));

            try (ResultSet rs = s.executeQuery("CREATE MODEL churn PREDICT churned FROM crm.customers "
                    + "WITH (trainer.epochs = 3, trainer.folds = 1)")) {
                assertTrue(rs.next());
                assertEquals(300, rs.getInt("rows"));
            }
            try (ResultSet rs = s.executeQuery("PREDICT churned WITH CONFIDENCE USING churn GIVEN SELECT c.* FROM "
                    + "crm.customers c JOIN local_segments s ON c.segment = s.segment")) {
                int n = 0;
                while (rs.next()) {
                    n++;
                    assertNotNull(rs.getObject("churned"));
                    double p = rs.getDouble("churned_probability");
                    assertTrue(p >= 0 && p <= 1.0, "probability " + p);
                }
                assertEquals(200, n);
            }
            assertEquals(300, s.executeUpdate("CREATE TABLE scored AS SELECT * FROM (PREDICT churned USING churn "
                    + "GIVEN SELECT * FROM crm.customers) p"));
            // the copy is an ordinary store table, answered by H2
            assertEquals(List.of("300"), strings(s, "SELECT COUNT(*) FROM scored WHERE churned IS NOT NULL"));
            assertEquals(List.of("120"), strings(s, "SELECT COUNT(*) FROM (SELECT * FROM crm.sales.orders) o"));
            assertEquals(120, s.executeUpdate("INSERT INTO local_segments (segment, tier) SELECT 'order', id "
                    + "FROM crm.sales.orders"));

            s.execute("DETACH crm");
            assertTrue(strings(s, "SHOW SOURCES").isEmpty());
            SQLException gone = assertThrows(SQLException.class, () -> strings(s, "SELECT COUNT(*) FROM crm.customers"));
            assertTrue(gone.getMessage().toUpperCase().contains("CRM"), gone.getMessage());
            // the store and the model are untouched by the source going away
            assertEquals(List.of("300"), strings(s, "SELECT COUNT(*) FROM scored"));
            assertEquals(1, strings(s, "PREDICT churned USING churn GIVEN segment = 'smb', age = 50, spend = 10").size());
        }
    }

    @Test
    void attachmentSurvivesReopenAndPasswordIsNotWorldReadable(@TempDir Path dir) throws Exception {
        String db = "jdbc:pql:" + dir.resolve("db");
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            s.execute(attach("crm"));
            s.execute("CREATE VIEW young AS SELECT 1 AS one");
        }
        Path file = dir.resolve("db").resolve("sources.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            assertEquals(List.of("CRM|database"), strings(s, "SELECT name, kind FROM pql.sources"));
            assertEquals(List.of("300"), strings(s, "SELECT COUNT(*) FROM crm.customers"));
            assertEquals(List.of("1"), strings(s, "SELECT one FROM young")); // the user's view is still there
        }
        // A password kept in the environment is never written down; a variable that is not set is a clear error.
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute("ATTACH DATABASE '" + url
                    + "' AS crm2 WITH (user = 'analyst', password = ENV('PQL_TEST_NO_SUCH_VARIABLE'))"));
            assertEquals("28000", e.getSQLState());
            assertTrue(e.getMessage().contains("PQL_TEST_NO_SUCH_VARIABLE"), e.getMessage());
            assertEquals(List.of("CRM"), strings(s, "SELECT name FROM pql.sources"));
        }
        assertFalse(Files.readString(file).contains("PQL_TEST_NO_SUCH_VARIABLE"));
    }

    @Test
    void filtersAndProjectionsRunInsideTheSource(@TempDir Path dir) throws SQLException {
        CountingDriver.register();
        String counting = CountingDriver.PREFIX + url.substring("jdbc:".length());
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            s.execute("ATTACH DATABASE '" + counting + "' AS crm WITH (user = 'analyst', password = 'secret')");
            String plan = String.join("\n", strings(s, "EXPLAIN PLAN FOR SELECT id, age FROM crm.customers WHERE age > 70"));
            assertTrue(plan.contains("JdbcToEnumerableConverter") && plan.contains("JdbcFilter"), plan);
            // H2's spelling of EXPLAIN works too
            assertTrue(String.join("\n", strings(s, "EXPLAIN SELECT id FROM crm.customers WHERE age > 70")).contains("JdbcFilter"));
            long before = CountingDriver.ROWS.get();
            List<String> old = strings(s, "SELECT id, age FROM crm.customers WHERE age > 70");
            long read = CountingDriver.ROWS.get() - before;
            assertFalse(old.isEmpty());
            assertTrue(old.size() < 300);
            assertEquals(old.size(), read, "the source returned only the matching rows");
        }
    }

    @Test
    void metadataShowsSourcesAsSchemas(@TempDir Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            s.execute(attach("crm"));
            s.execute("CREATE TABLE mine (x INT)");
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getSchemas()) {
                while (rs.next()) {
                    schemas.add(rs.getString("TABLE_SCHEM"));
                }
            }
            assertTrue(schemas.containsAll(List.of("CRM", "PQL", "PUBLIC")), schemas.toString());
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", null)) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.containsAll(List.of("CRM.customers", "PUBLIC.MINE", "PQL.MODELS", "PQL.SOURCES")),
                    tables.toString());
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(null, "CRM", "customers", "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME") + ":" + rs.getInt("DATA_TYPE"));
                }
            }
            assertEquals(List.of("id:4", "segment:12", "age:4", "spend:8", "churned:16"), columns);
        }
    }

    @Test
    void badInputIsClearAndLeavesEverythingAsItWas(@TempDir Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            s.execute(attach("crm"));
            assertState("08001", s, "ATTACH DATABASE 'postgres://localhost/x' AS a");
            assertState("0A000", s, "ATTACH DATABASE 'jdbc:nosuchdb://localhost/x' AS a");
            assertState("28000", s, "ATTACH DATABASE '" + url + "' AS a WITH (user = 'analyst', password = 'wrong')");
            assertState("08001", s, "ATTACH DATABASE 'jdbc:postgresql://127.0.0.1:1/x' AS a WITH (user = 'u', "
                    + "password = 'p')");
            assertState("42710", s, attach("crm"));
            assertState("42710", s, attach("public"));
            assertState("42710", s, attach("pql"));
            assertState("42P10", s, "ATTACH DATABASE '" + url + "' AS a WITH (usr = 'analyst')");
            assertState("08001", s, "ATTACH FILES '" + dir.resolve("no-such-folder") + "' AS f");
            assertState("42704", s, "DETACH nothing_here");
            s.execute("DETACH IF EXISTS nothing_here");
            // A host that accepts connections and never answers: the wait is bounded by the timeout.
            try (ServerSocket silent = new ServerSocket(0)) {
                Thread accept = new Thread(() -> {
                    try (Socket ignored = silent.accept()) {
                        Thread.sleep(20_000);
                    } catch (IOException | InterruptedException e) {
                        // the test is over
                    }
                });
                accept.setDaemon(true);
                accept.start();
                long start = System.nanoTime();
                SQLException e = assertState("08001", s, "ATTACH DATABASE 'jdbc:postgresql://127.0.0.1:"
                        + silent.getLocalPort() + "/x' AS slow WITH (user = 'u', password = 'p', timeout = 2)");
                assertTrue(System.nanoTime() - start < 10_000_000_000L, "bounded: " + e.getMessage());
            }
            // A type PQL has no column type for (a geometric point) is read as its text.
            assertEquals(List.of("1|(1.0,2.0)"), strings(s, "SELECT id, spot FROM crm.odd"));
            // A table dropped behind PQL's back: a clear error naming it.
            try (Connection admin = pg.getPostgresDatabase().getConnection(); Statement a = admin.createStatement()) {
                a.execute("CREATE TABLE doomed (x INT)");
                a.execute("GRANT SELECT ON doomed TO analyst");
            }
            assertEquals(List.of("0"), strings(s, "SELECT COUNT(*) FROM crm.doomed"));
            try (Connection admin = pg.getPostgresDatabase().getConnection(); Statement a = admin.createStatement()) {
                a.execute("DROP TABLE doomed");
            }
            SQLException dropped = assertThrows(SQLException.class, () -> strings(s, "SELECT COUNT(*) FROM crm.doomed"));
            assertTrue(dropped.getSQLState().startsWith("42"), dropped.getSQLState() + " " + dropped.getMessage());
            assertTrue(dropped.getMessage().contains("doomed"), dropped.getMessage());
            // nothing was attached by the failures, and the good source still answers
            assertEquals(List.of("CRM"), strings(s, "SELECT name FROM pql.sources"));
            assertEquals(List.of("300"), strings(s, "SELECT COUNT(*) FROM crm.customers"));
        }
    }

    @Test
    void aSourceThatGoesAwayFailsOnlyTheQueriesThatUseIt(@TempDir Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            s.execute(attach("crm"));
            EmbeddedPostgres other = EmbeddedPostgres.builder().start();
            try (Connection o = other.getPostgresDatabase().getConnection(); Statement os = o.createStatement()) {
                os.execute("CREATE TABLE leads (id INT)");
            }
            s.execute("ATTACH DATABASE 'jdbc:postgresql://localhost:" + other.getPort() + "/postgres' AS leads_db "
                    + "WITH (user = 'postgres', timeout = 3)");
            assertEquals(List.of("0"), strings(s, "SELECT COUNT(*) FROM leads_db.leads"));
            other.close();
            Connection fresh = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db"));
            try (fresh; Statement f = fresh.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> strings(f, "SELECT COUNT(*) FROM leads_db.leads"));
                assertEquals("08001", e.getSQLState(), e.getMessage());
                assertEquals(List.of("300"), strings(f, "SELECT COUNT(*) FROM crm.customers"));
                List<String> shown = strings(f, "SELECT name, tables FROM pql.sources ORDER BY name");
                assertTrue(shown.get(1).startsWith("LEADS_DB|(unreachable"), shown.toString());
            }
        }
    }

    private static SQLException assertState(String state, Statement s, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertEquals(state, e.getSQLState(), sql + " -> " + e.getMessage());
        return e;
    }

    static List<String> strings(Statement s, String sql) throws SQLException {
        return dev.pql.exec.SystemSchemaTest.strings(s, sql);
    }
}
