package dev.pql.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pql.jdbc.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server on loopback: two remote JDBC clients (one trains, the other predicts, then both
 * predict at once), REST predictions on the same port, and refused credentials.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServerTest {
    static final String PASSWORD = "s3cret, with: odd chars";
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static PqlServer server;
    static String jdbcUrl;

    @BeforeAll
    static void start() throws Exception {
        server = PqlServer.start(new PqlServer.Options(dir, "127.0.0.1", 0, Map.of("alice", PASSWORD), null));
        jdbcUrl = "jdbc:pql:remote:" + server.httpUrl();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Connection connect(String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl, p);
    }

    @Test
    void twoClientsTrainAndPredictThenRest() throws Exception {
        try (Connection trainer = connect("alice", PASSWORD); Connection predictor = connect("alice", PASSWORD)) {
            Fixtures.peopleAndModel(trainer); // a batch INSERT and CREATE MODEL, remotely
            assertEquals("PQL", predictor.getMetaData().getDatabaseProductName());
            assertEquals(jdbcUrl, predictor.getMetaData().getURL(), "the URL the user connected with");
            assertTrue(predictor.getMetaData().getConnection() == predictor);
            try (ResultSet rs = predictor.getMetaData().getTables(null, "PQL", "%", new String[] {"MODEL"})) {
                assertTrue(rs.next());
                assertEquals("buyer", rs.getString("TABLE_NAME"));
            }
            try (PreparedStatement ps = predictor.prepareStatement(
                    "PREDICT buys WITH CONFIDENCE USING buyer GIVEN age = ?, city = ?")) {
                ps.setInt(1, 33);
                ps.setString(2, "Nice");
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertTrue(List.of("none", "some", "lots").contains(rs.getString("buys")));
                    assertTrue(rs.getDouble("buys_probability") > 0);
                }
            }
            warningsReachRemoteClients(predictor);
            // Both clients predict at the same time.
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> runs = new ArrayList<>();
            for (Connection c : List.of(trainer, predictor)) {
                runs.add(pool.submit(() -> predictRows(c)));
            }
            for (Future<Integer> f : runs) {
                assertEquals(40 + 5, f.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            // a ? inside a nested PREDICT, and EVALUATE wrapped as a subquery, over the wire
            try (PreparedStatement ps = predictor.prepareStatement(
                    "SELECT COUNT(*) FROM (PREDICT buys USING buyer GIVEN SELECT * FROM people WHERE age > ?) q")) {
                ps.setInt(1, 200);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(0, rs.getInt(1));
                }
                ps.setInt(1, 0);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(40, rs.getInt(1));
                }
            }
            try (Statement s = predictor.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM (EVALUATE buyer GIVEN SELECT * FROM people) e WHERE 1 = 0")) {
                assertEquals(6, rs.getMetaData().getColumnCount());
            }
            SQLException e = assertThrows(SQLException.class, () -> {
                try (Statement s = predictor.createStatement()) {
                    s.executeQuery("PREDICT buys USING nosuch GIVEN age = 1");
                }
            });
            assertEquals("42P01", e.getSQLState(), e.toString()); // the engine's SQLSTATE crosses the wire
        }
        rest();
    }

    @Test
    void everyRowArrivesWhateverTheFetchSize() throws Exception {
        try (Connection c = connect("alice", PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE many AS SELECT X AS n FROM SYSTEM_RANGE(1, 250)");
            for (int fetch : new int[] {0, 1, 7, 100, 1000}) {
                s.setFetchSize(fetch);
                try (ResultSet rs = s.executeQuery("SELECT n FROM many")) {
                    int n = 0;
                    while (rs.next()) {
                        n++;
                    }
                    assertEquals(250, n, "Statement, fetch size " + fetch);
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT n FROM many WHERE n > ?")) {
                    ps.setFetchSize(fetch);
                    ps.setInt(1, 0);
                    try (ResultSet rs = ps.executeQuery()) {
                        int n = 0;
                        while (rs.next()) {
                            n++;
                        }
                        assertEquals(250, n, "PreparedStatement, fetch size " + fetch);
                    }
                }
            }
        }
    }

    /** Avatica has no channel for SQLWarnings: the remote driver asks SHOW WARNINGS when getWarnings() is called. */
    static void warningsReachRemoteClients(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); Statement other = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PREDICT buys USING buyer GIVEN age = 33")) {
                assertTrue(rs.next());
            }
            java.sql.SQLWarning w = s.getWarnings();
            assertNotNull(w, "the missing input's warning crosses the wire");
            assertTrue(w.getMessage().contains("city"), w.getMessage());
            assertEquals("01000", w.getSQLState());
            assertTrue(s.getWarnings() == w, "asked once, then remembered");
            try (ResultSet rs = other.executeQuery("SHOW WARNINGS")) { // any Avatica client can ask too
                assertTrue(rs.next());
                assertEquals("Warning", rs.getString("level"));
                assertTrue(rs.getString("message").contains("city"));
            }
            try (ResultSet rs = other.executeQuery("SELECT COUNT(*) FROM people")) {
                assertTrue(rs.next());
            }
            assertNull(other.getWarnings(), "plain SQL: no warnings");
            assertNotNull(s.getWarnings(), "what a statement was told stays with it");
            s.clearWarnings();
            assertNull(s.getWarnings());
        }
        try (PreparedStatement ps = c.prepareStatement("PREDICT buys USING buyer GIVEN age = ?")) {
            ps.setInt(1, 40);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
            }
            assertNotNull(ps.getWarnings(), "prepared statements hear their warnings too");
            assertTrue(ps.getConnection() == c);
        }
    }

    static int predictRows(Connection c) throws SQLException {
        int n = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PREDICT buys USING buyer GIVEN SELECT age, city FROM people")) {
            while (rs.next()) {
                n++;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("PREDICT buys USING buyer GIVEN age = ?, city = 'Lyon'")) {
            for (int i = 0; i < 5; i++) {
                ps.setInt(1, 20 + 10 * i);
                try (ResultSet rs = ps.executeQuery()) {
                    n += rs.next() ? 1 : 0;
                }
            }
        }
        return n;
    }

    static void rest() throws Exception {
        HttpResponse<String> one = post("/models/buyer/predict", "{\"age\": 30, \"city\": \"Paris\"}", PASSWORD);
        assertEquals(200, one.statusCode(), one.body());
        JsonNode p = JSON.readTree(one.body());
        assertTrue(List.of("none", "some", "lots").contains(p.get("buys_predictions").asText()), one.body());
        assertTrue(p.get("buys_probability").asDouble() > 0);
        assertTrue(p.has("buys_probabilities_none"), one.body());

        HttpResponse<String> many = post("/models/buyer/predict",
                "[{\"age\": 30, \"city\": \"Paris\"}, {\"age\": 70, \"city\": \"Lille\"}]", PASSWORD);
        assertEquals(2, JSON.readTree(many.body()).size(), many.body());

        HttpResponse<String> split = post("/models/buyer/predict",
                "{\"columns\": [\"age\", \"city\"], \"data\": [[30, \"Paris\"], [50, \"Nice\"]]}", PASSWORD);
        JsonNode s = JSON.readTree(split.body());
        assertEquals("buys_predictions", s.get("columns").get(0).asText(), split.body());
        assertEquals(2, s.get("data").size());

        HttpResponse<String> missing = post("/models/nosuch/predict", "{\"age\": 1}", PASSWORD);
        assertEquals(404, missing.statusCode());
        assertEquals("42P01", JSON.readTree(missing.body()).get("sqlstate").asText());
        assertEquals(400, post("/models/buyer/predict", "{not json", PASSWORD).statusCode());
        badRequests();
        assertEquals(401, post("/models/buyer/predict", "{\"age\": 1}", "wrong").statusCode());
        ludwigServeForms();
    }

    /** Ludwig serve's requests: a multipart form for /predict, a 'dataset' field (split JSON) for /batch_predict. */
    static void ludwigServeForms() throws Exception {
        String boundary = "pqlboundary42";
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"age\"\r\n\r\n30\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"city\"\r\n\r\nParis\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> one = postAs("/models/buyer/predict", form, "multipart/form-data; boundary=" + boundary);
        assertEquals(200, one.statusCode(), one.body());
        assertTrue(JSON.readTree(one.body()).has("buys_predictions"), one.body());
        String dataset = "{\"columns\": [\"age\", \"city\"], \"data\": [[30, \"Paris\"], [50, \"Nice\"], [70, \"Lyon\"]]}";
        String batch = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"dataset\"\r\n\r\n" + dataset
                + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> many = postAs("/models/buyer/batch_predict", batch, "multipart/form-data; boundary=" + boundary);
        assertEquals(200, many.statusCode(), many.body());
        assertEquals(3, JSON.readTree(many.body()).get("data").size(), many.body());
        HttpResponse<String> encoded = postAs("/models/buyer/predict", "age=44&city=Lille",
                "application/x-www-form-urlencoded");
        assertEquals(200, encoded.statusCode(), encoded.body());
        HttpResponse<String> noDataset = postAs("/models/buyer/batch_predict", "age=44",
                "application/x-www-form-urlencoded");
        assertEquals(400, noDataset.statusCode(), noDataset.body());
        assertTrue(noDataset.body().contains("dataset"), noDataset.body());
    }

    static HttpResponse<String> postAs(String path, String body, String contentType) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("alice:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.httpUrl() + path))
                .header("Authorization", "Basic " + auth).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Unknown fields, wrong types and ragged rows are 400s that say what is wrong, before anything runs. */
    static void badRequests() throws Exception {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("{\"zzz\": 1}", "Unknown field 'zzz': the model's input features are age, city.");
        cases.put("{\"age\": \"abc\", \"city\": \"Paris\"}",
                "Feature 'age' expects a number, but got 'abc' (number feature, column AGE).");
        cases.put("{\"age\": true}", "Feature 'age' expects a number, but got true (a boolean).");
        cases.put("{\"age\": [1, 2]}", "Feature 'age' must be a string, number, boolean or null, not ARRAY.");
        cases.put("{\"columns\": [\"age\", \"city\"], \"data\": [[30, \"Paris\"], [50]]}",
                "Row 1 of \"data\" has 1 values where 2 values are expected");
        cases.put("[{\"age\": 30}, {\"agee\": 30}]", "Unknown field 'agee'");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> r = post("/models/buyer/predict", c.getKey(), PASSWORD);
            assertEquals(400, r.statusCode(), c.getKey() + " -> " + r.body());
            String error = JSON.readTree(r.body()).get("error").asText();
            assertTrue(error.startsWith(c.getValue()), c.getKey() + " -> " + error);
        }
    }

    @Test
    void badCredentialsAreRefusedClearly() {
        SQLException e = assertThrows(SQLException.class, () -> connect("alice", "wrong"));
        assertEquals("28000", e.getSQLState());
        assertTrue(e.getMessage().contains("refused the user name or password of 'alice'"), e.getMessage());
        SQLException none = assertThrows(SQLException.class, () -> DriverManager.getConnection(jdbcUrl));
        assertEquals("28000", none.getSQLState());
        assertTrue(none.getMessage().contains("needs a user name and password"), none.getMessage());
    }

    @Test
    void arguments() {
        PqlServer.Options o = ServerMain.parse(new String[] {"--data", "d", "--port", "0"});
        assertEquals("127.0.0.1", o.host(), "no authentication: loopback only");
        assertEquals("0.0.0.0",
                ServerMain.parse(new String[] {"--data", "d", "--user", "u", "--password", "p"}).host());
        assertNull(ServerMain.parse(new String[] {"--help"}));
        assertThrows(IllegalArgumentException.class, () -> ServerMain.parse(new String[] {"--port", "1"}));
        assertThrows(IllegalArgumentException.class,
                () -> ServerMain.parse(new String[] {"--data", "d", "--port", "x"}));
        assertEquals(2, ServerMain.run(new String[] {"--bogus", "1"}, System.out, new java.io.PrintStream(
                java.io.OutputStream.nullOutputStream())));
    }

    static HttpResponse<String> post(String path, String body, String password) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("alice:" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.httpUrl() + path))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
