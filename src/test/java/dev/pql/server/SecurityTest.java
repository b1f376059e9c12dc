package dev.pql.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.exec.Role;
import dev.pql.jdbc.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's least privilege, tried as an attacker would over jdbc:pql:remote: for each role:
 * no code, no files, paths confined, each role's rights, the audit log, the request limit and
 * errors without stack traces (DESIGN.md §7).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SecurityTest {
    static final String PASSWORD = "pw-for-tests";
    @TempDir
    static Path dir;
    static Path data;
    static Path outside;
    static PqlServer server;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        data = dir.resolve("db");
        outside = Files.createDirectories(dir.resolve("outside"));
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "reader: " + Pbkdf2Credential.hash(PASSWORD) + ",reader\n"
                + "analyst: " + Pbkdf2Credential.hash(PASSWORD) + ",analyst\n"
                + "admin: " + Pbkdf2Credential.hash(PASSWORD) + ",admin\n"
                + "legacy: " + PASSWORD + ",pql-user\n");
        server = PqlServer.start(new PqlServer.Options(data, "127.0.0.1", 0, Map.of(), users, null, null, 64 * 1024,
                Map.of(Role.READER, 30)));
        url = "jdbc:pql:remote:" + server.httpUrl();
        try (Connection c = connect("analyst"); Statement s = c.createStatement()) {
            Fixtures.peopleAndModel(c);
            s.execute("CREATE TABLE notes (id INT, note VARCHAR)");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Connection connect(String user) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", PASSWORD);
        return DriverManager.getConnection(url, p);
    }

    private static String out(String name) {
        return outside.resolve(name).toString();
    }

    /** Statements that would run code or reach the server's files: refused for every role. */
    static List<String> attacks() {
        return List.of(
                "CREATE ALIAS u AS $$ String u() { return System.getProperty(\"user.name\"); } $$",
                "CREATE ALIAS p FOR \"java.lang.System.getProperty\"",
                "CREATE ALIAS IF NOT EXISTS q FOR \"java.lang.Runtime.getRuntime\"",
                "SELECT * FROM CSVREAD('/etc/passwd', NULL, 'fieldSeparator=:')",
                "select * from csvread('/etc/hostname')",
                "RUNSCRIPT FROM '/etc/hostname'",
                "CALL CSVWRITE('" + out("a.csv") + "', 'SELECT 1')",
                "SELECT FILE_WRITE('abc', '" + out("b.txt") + "')",
                "SELECT FILE_READ('/etc/passwd')",
                "SELECT LENGTH(FILE_READ('/etc/hostname', NULL)) FROM people",
                "SCRIPT TO '" + out("dump.sql") + "'",
                "SCRIPT",
                "BACKUP TO '" + out("backup.zip") + "'",
                "CREATE LINKED TABLE lt('org.h2.Driver', 'jdbc:h2:mem:x', 'sa', '', 'T')",
                "CREATE FORCE LINKED TABLE lt2('org.h2.Driver', 'jdbc:h2:" + out("linked") + "', 'sa', '', 'T')",
                "CREATE TRIGGER trg BEFORE INSERT ON notes FOR EACH ROW CALL \"org.example.Trigger\"",
                "CREATE TABLE e (x INT) ENGINE \"org.h2.mvstore.db.MVTableEngine\"",
                "SELECT CAST(X'aced0005' AS JAVA_OBJECT)",
                "SELECT LINK_SCHEMA('s', '', 'jdbc:h2:mem:y', 'sa', '', 'PUBLIC')",
                "SELECT DATABASE_PATH()",
                "SET WRITE_DELAY 0",
                "SHUTDOWN",
                "CREATE USER bob PASSWORD 'x' ADMIN",
                "GRANT ALL ON notes TO PUBLIC",
                "DROP ALL OBJECTS DELETE FILES",
                "CREATE AGGREGATE agg FOR \"org.example.Agg\"",
                "SELECT ABORT_SESSION(1)",
                "CREATE TABLE stolen AS SELECT * FROM CSVREAD('/etc/passwd')",
                "INSERT INTO notes SELECT 1, FILE_READ('/etc/hostname', NULL)",
                "CREATE MODEL m2 PREDICT buys FROM people CONFIG FILE '/etc/passwd'",
                "EXPLAIN CREATE MODEL m3 PREDICT buys FROM people CONFIG FILE '/etc/hostname'",
                "EXPORT MODEL buyer TO '" + out("exported") + "'",
                "EXPORT MODEL buyer TO '../../outside/exported2'",
                "IMPORT MODEL FROM '/etc'",
                "IMPORT MODEL stolen FROM '../models/buyer'",
                "ATTACH FILES '/etc' AS etc",
                "ATTACH FILES '../../outside' AS up",
                "ATTACH SPARK 'local[1]' AS lake WITH (files = '/')",
                "ATTACH DATABASE 'jdbc:h2:mem:x;INIT=RUNSCRIPT FROM ''/etc/hostname''' AS h",
                "ATTACH DATABASE 'jdbc:postgresql://localhost:1/x?socketFactory=java.lang.Object' AS p",
                "ATTACH DATABASE 'jdbc:postgresql://localhost:1/x?loggerFile=" + out("pg.log") + "' AS q",
                "ATTACH DATABASE 'jdbc:postgresql://localhost:1/x' AS r WITH (driver = 'java.lang.Object')",
                // the same reached indirectly: inside PQL statements, behind quotes, escapes, or a second statement
                "PREDICT buys USING buyer GIVEN SELECT FILE_READ('/etc/passwd', NULL) AS city, 1 AS age",
                "CREATE MODEL m4 PREDICT x FROM (SELECT * FROM CSVREAD('/etc/passwd'))",
                "EVALUATE buyer GIVEN SELECT * FROM CSVREAD('/etc/hostname')",
                "SELECT * FROM \"CSVREAD\"('/etc/passwd')",
                "SELECT * FROM U&\"\\0043SVREAD\"('/etc/passwd')",
                "SELECT 1; CREATE ALIAS v FOR \"java.lang.System.getenv\"",
                "SELECT COUNT(*) FROM (PREDICT buys USING buyer GIVEN SELECT FILE_READ('/etc/hostname', NULL) AS city "
                        + "FROM people) p");
    }

    @Test
    void noRoleRunsCodeOrReachesFiles() throws Exception {
        Files.createDirectories(data.resolve("exports"));
        Files.createSymbolicLink(data.resolve("exports").resolve("link"), outside);
        List<String> all = new ArrayList<>(attacks());
        all.add("EXPORT MODEL buyer TO 'link/through-symlink'");
        assertTrue(all.size() >= 25, "the catalog has " + all.size() + " attacks");
        for (String user : List.of("reader", "analyst", "admin", "legacy")) {
            try (Connection c = connect(user); Statement s = c.createStatement()) {
                for (String attack : all) {
                    SQLException e = assertThrows(SQLException.class, () -> s.execute(attack), user + ": " + attack);
                    assertEquals("42501", e.getSQLState(), user + ": " + attack + " -> " + e.getMessage());
                    assertFalse(e.getMessage().contains("Exception"), "no Java internals: " + e.getMessage());
                }
            }
        }
        try (Stream<Path> left = Files.list(outside)) {
            assertEquals(List.of(), left.toList(), "no file was written outside");
        }
        try (Connection c = connect("reader"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM people")) {
            rs.next();
            assertEquals(40, rs.getInt(1), "the data is as it was");
        }
    }

    @Test
    void eachRoleHasItsRights() throws Exception {
        try (Connection c = connect("reader"); Statement s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM people").close();
            s.executeQuery("PREDICT buys USING buyer GIVEN age = 30, city = 'Lyon'").close();
            s.executeQuery("SHOW MODELS").close();
            s.executeQuery("SELECT * FROM pql.models").close();
            s.executeQuery("EVALUATE buyer GIVEN SELECT * FROM people").close();
            for (String denied : List.of("CREATE TABLE r1 (x INT)", "INSERT INTO notes VALUES (1, 'x')",
                    "SELECT 1; DROP TABLE notes", "EXPLAIN ANALYZE INSERT INTO notes VALUES (2, 'y')",
                    "WITH x AS (SELECT 1) DELETE FROM notes",
                    "DELETE FROM notes", "DROP TABLE notes", "CREATE MODEL r2 PREDICT buys FROM people",
                    "DROP MODEL buyer", "RETRAIN MODEL buyer", "EXPORT MODEL buyer TO 'r'")) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(denied), denied);
                assertEquals("42501", e.getSQLState(), denied);
                assertTrue(e.getMessage().contains("reader"), e.getMessage());
            }
        }
        try (Connection c = connect("analyst"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE a1 AS SELECT * FROM people");
            s.execute("INSERT INTO notes VALUES (1, 'analysts write')");
            s.execute("CREATE VIEW a2 AS SELECT * FROM notes");
            s.execute("DROP VIEW a2");
            for (String denied : List.of("EXPORT MODEL buyer TO 'a'", "IMPORT MODEL FROM 'a'",
                    "ATTACH FILES 'x' AS x", "DETACH x")) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(denied), denied);
                assertEquals("42501", e.getSQLState(), denied);
            }
        }
        try (Connection c = connect("admin"); Statement s = c.createStatement()) {
            s.execute("EXPORT MODEL buyer TO 'buyer_copy'");
            assertTrue(Files.isDirectory(data.resolve("exports").resolve("buyer_copy")));
            s.execute("IMPORT MODEL buyer2 FROM 'buyer_copy'");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pql.models WHERE model = 'buyer2'")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
            Files.createDirectories(data.resolve("files").resolve("drop"));
            Files.writeString(data.resolve("files").resolve("drop").resolve("t.csv"), "a,b\n1,2\n");
            s.execute("ATTACH FILES 'drop' AS dropped");
            try (ResultSet rs = s.executeQuery("SELECT a + b FROM dropped.t")) {
                rs.next();
                assertEquals(3, rs.getInt(1));
            }
            s.execute("DETACH dropped");
        }
    }

    @Test
    void everyRemoteStatementIsAuditedWithoutSecrets() throws Exception {
        try (Connection c = connect("admin"); Statement s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM people").close();
            assertThrows(SQLException.class, () -> s.execute("ATTACH DATABASE 'jdbc:postgresql://localhost:1/x' AS "
                    + "sec WITH (user = 'u', password = 'very-secret-value', timeout = 1)"));
        }
        try (Connection c = connect("reader"); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute("SELECT FILE_READ('/etc/passwd')"));
        }
        Path log = data.resolve("audit").resolve("audit.0.log");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("user=admin role=admin statement=SELECT model=- rows=- outcome=ok sqlstate=-"), text);
        assertTrue(text.contains("user=reader role=reader statement=SELECT model=- rows=- outcome=refused sqlstate=42501"),
                text);
        assertTrue(text.contains("statement=ATTACH") && text.contains("outcome=error sqlstate=08001"), text);
        assertFalse(text.contains("very-secret-value"), "no secrets in the audit log");
        assertFalse(text.contains("/etc/passwd"), "no statement text in the audit log");
    }

    @Test
    void httpErrorsAreJsonWithoutStackTraces() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("reader:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/models/../predict", "/models/%2e%2e/predict", "/models/buyer/../../etc/passwd",
                "/models/nosuch/predict", "/nothing/here")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.httpUrl() + path))
                    .header("Authorization", auth).POST(HttpRequest.BodyPublishers.ofString("{\"age\": 3}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400, path + " " + r.statusCode());
            assertFalse(r.body().contains("at org.") || r.body().contains("at dev.") || r.body().contains("Exception"),
                    path + " -> " + r.body());
        }
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(server.httpUrl() + "/models/buyer/predict"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("reader:wrong".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, bad.statusCode());
        assertTrue(bad.body().contains("\"sqlstate\":\"28000\""), bad.body());
        byte[] big = new byte[200 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> large = http.send(HttpRequest.newBuilder(URI.create(server.httpUrl() + "/models/buyer/predict"))
                .header("Authorization", auth).POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, large.statusCode(), large.body());
        assertTrue(large.body().contains("\"error\""), large.body());
        // The same body without a length (chunked): refused when read past the limit, and the 413 still arrives.
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(server.httpUrl() + "/models/buyer/predict"))
                .header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertTrue(chunked.body().contains("\"sqlstate\""), chunked.body());
    }

    @Test
    void aRolesStatementTimeoutCannotBeRaisedByTheClient(@TempDir Path local) throws Exception {
        Properties asReader = new Properties();
        asReader.setProperty(dev.pql.jdbc.Driver.ROLE_PROPERTY, "reader");
        asReader.setProperty(dev.pql.jdbc.Driver.TIMEOUT_PROPERTY, "5");
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + local.resolve("db"), asReader);
             Statement s = c.createStatement()) {
            assertEquals(5, s.getQueryTimeout());
            s.setQueryTimeout(0);
            assertEquals(5, s.getQueryTimeout(), "0 (no limit) is not more than the role allows");
            s.setQueryTimeout(100);
            assertEquals(5, s.getQueryTimeout());
            s.setQueryTimeout(2);
            assertEquals(2, s.getQueryTimeout(), "a client may ask for less");
            // the role's rights hold for a session opened this way too
            SQLException e = assertThrows(SQLException.class, () -> s.execute("CREATE TABLE x (a INT)"));
            assertEquals("42501", e.getSQLState());
        }
    }

    @Test
    void aConnectionServesOnlyTheUserWhoOpenedIt() throws Exception {
        org.apache.calcite.avatica.remote.ProtobufTranslation wire =
                new org.apache.calcite.avatica.remote.ProtobufTranslationImpl();
        String id = "opened-by-analyst";
        assertTrue(avatica(wire, "analyst", new org.apache.calcite.avatica.remote.Service.OpenConnectionRequest(id,
                Map.of())) instanceof org.apache.calcite.avatica.remote.Service.OpenConnectionResponse);
        Object stolen = avatica(wire, "reader", new org.apache.calcite.avatica.remote.Service.CreateStatementRequest(id));
        assertTrue(stolen instanceof org.apache.calcite.avatica.remote.Service.ErrorResponse, String.valueOf(stolen));
        assertEquals("42501", ((org.apache.calcite.avatica.remote.Service.ErrorResponse) stolen).sqlState);
        assertTrue(avatica(wire, "analyst", new org.apache.calcite.avatica.remote.Service.CreateStatementRequest(id))
                instanceof org.apache.calcite.avatica.remote.Service.CreateStatementResponse, "its owner may use it");
        avatica(wire, "analyst", new org.apache.calcite.avatica.remote.Service.CloseConnectionRequest(id));
    }

    /** One Avatica request over HTTP as {@code user}, answered as Avatica's protobuf response. */
    private static Object avatica(org.apache.calcite.avatica.remote.ProtobufTranslation wire, String user,
            org.apache.calcite.avatica.remote.Service.Request request) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.httpUrl() + "/"))
                .header("Authorization", auth).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(wire.serializeRequest(request))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return wire.parseResponse(r.body());
    }

    @Test
    void passwordsAreHashedAndClearTextDrawsAWarning() throws Exception {
        String stored = Pbkdf2Credential.hash("correct horse");
        assertTrue(stored.startsWith("PBKDF2:"));
        assertTrue(Pbkdf2Credential.parse(stored).check("correct horse"));
        assertFalse(Pbkdf2Credential.parse(stored).check("wrong horse"));
        // The remembered match (a client sends its password with every request) admits that password only.
        Pbkdf2Credential one = Pbkdf2Credential.parse(stored);
        assertTrue(one.check("correct horse"));
        assertTrue(one.check("correct horse".toCharArray()));
        assertFalse(one.check("correct horse "));
        assertFalse(one.check("wrong horse"));
        assertFalse(one.check(null));
        assertFalse(Pbkdf2Credential.parse(Pbkdf2Credential.hash("battery staple")).check("correct horse"));
        Path users = dir.resolve("users.properties");
        List<String> warnings = UsersFile.check(users);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("legacy") && warnings.get(0).contains("hash-password"), warnings.get(0));
    }
}
