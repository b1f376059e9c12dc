package dev.pql.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS for JDBC, with a keystore made by the JDK's keytool, and a client that trusts it. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TlsTest {

    @Test
    void remoteJdbcOverHttps(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "pql", "-keyalg", "RSA", "-keysize",
                "2048", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass",
                "changeit")).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), output);
        PqlServer server = PqlServer.start(new PqlServer.Options(dir.resolve("db"), "127.0.0.1", 0,
                Map.of("alice", "pw"), null, keystore, "changeit", PqlServer.DEFAULT_MAX_REQUEST_BYTES, Map.of()));
        try {
            assertTrue(server.httpUrl().startsWith("https://"), server.httpUrl());
            Properties props = new Properties();
            props.setProperty("user", "alice");
            props.setProperty("password", "pw");
            props.setProperty("truststore", keystore.toString());
            props.setProperty("truststore_password", "changeit");
            try (Connection c = DriverManager.getConnection("jdbc:pql:remote:" + server.httpUrl(), props);
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (x INT)");
                s.execute("INSERT INTO t VALUES (41)");
                try (ResultSet rs = s.executeQuery("SELECT x + 1 FROM t")) {
                    assertTrue(rs.next());
                    assertEquals(42, rs.getInt(1));
                }
            }
            // Without the truststore the client refuses the server's certificate.
            Properties untrusting = new Properties();
            untrusting.setProperty("user", "alice");
            untrusting.setProperty("password", "pw");
            SQLException e = assertThrows(SQLException.class, () -> {
                try (Connection c = DriverManager.getConnection("jdbc:pql:remote:" + server.httpUrl(), untrusting);
                     Statement s = c.createStatement()) {
                    s.executeQuery("SELECT 1").close();
                }
            });
            assertTrue(e.getSQLState().startsWith("08"), e.getSQLState() + " " + e.getMessage());
        } finally {
            server.close();
        }
    }
}
