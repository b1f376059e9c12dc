package dev.pql.server;

import dev.pql.exec.Role;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.avatica.jdbc.JdbcMeta;
import org.apache.calcite.avatica.remote.LocalService;
import org.apache.calcite.avatica.remote.Service;
import org.apache.calcite.avatica.server.HttpServer;
import org.apache.calcite.avatica.server.ServerCustomizer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.security.Password;

/** A PQL database served on one HTTP port: remote JDBC (Avatica) and REST predictions, behind basic authentication. */
public final class PqlServer implements AutoCloseable {
    // Clients use jdbc:pql:remote:http://host:port; REST is POST /models/{name}/predict. The server side
    // of Avatica is its JdbcMeta over the embedded driver, so remote clients see exactly what local
    // ones see: the same statements, metadata and errors (with their SQLSTATEs, see SqlStateService).
    /** The roles a users file may give (pql-user, the first servers' role, is analyst); see dev.pql.exec.Role. */
    static final String[] ROLES = {"reader", "analyst", "admin", "pql-user"};
    /** The largest request body by default: 16 MB. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;

    private final HttpServer http;
    private final Connection anchor;
    private final Path generatedRealm;
    private final String host;
    private final boolean tls;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PqlServer.class.getName());

    /**
     * Where and how to serve: users maps names to passwords (each an admin; an empty map and no
     * users file serves without authentication, on loopback only); TLS when a keystore is given;
     * the largest request body; each role's statement timeout in seconds (absent or 0: none).
     */
    public record Options(Path data, String host, int port, Map<String, String> users, Path usersFile, Path tlsKeystore,
            String tlsPassword, long maxRequestBytes, Map<Role, Integer> timeouts) {
        public Options {
            users = Map.copyOf(users);
            timeouts = Map.copyOf(timeouts);
        }

        public Options(Path data, String host, int port, Map<String, String> users, Path usersFile) {
            this(data, host, port, users, usersFile, null, null, DEFAULT_MAX_REQUEST_BYTES, Map.of());
        }

        boolean authenticated() {
            return usersFile != null || !users.isEmpty();
        }
    }

    private PqlServer(HttpServer http, Connection anchor, Path generatedRealm, String host, boolean tls) {
        this.http = http;
        this.anchor = anchor;
        this.generatedRealm = generatedRealm;
        this.host = host;
        this.tls = tls;
    }

    /** Opens the database and starts serving it; fails if the port is taken or the database cannot open. */
    public static PqlServer start(Options o) throws SQLException, IOException {
        String url = "jdbc:pql:" + o.data().toAbsolutePath();
        // Held for the server's life: the engine (model cache, store) stays open while no client is connected.
        Connection anchor = DriverManager.getConnection(url);
        Path realm = null;
        try {
            Service service = SqlStateService.wrap(new LocalService(new JdbcMeta(url, new Properties())));
            HttpServer.Builder<Server> builder = new HttpServer.Builder<Server>()
                    .withHandler(new PqlHandler(service, new RestPredict(url), o.authenticated(), o.maxRequestBytes(),
                            o.timeouts()))
                    .withPort(o.port())
                    .withServerCustomizers(List.of(bindTo(o.host()), JsonErrors::install), Server.class);
            if (o.authenticated()) {
                Path file = o.usersFile();
                if (file == null) {
                    realm = writeRealm(o.users());
                    file = realm;
                } else {
                    UsersFile.check(file).forEach(w -> LOG.warning(w));
                }
                builder.withBasicAuthentication(file.toString(), ROLES);
            }
            if (o.tlsKeystore() != null) {
                File keystore = o.tlsKeystore().toFile();
                builder.withTLS(keystore, o.tlsPassword(), keystore, o.tlsPassword());
            }
            HttpServer http = builder.build();
            http.start();
            return new PqlServer(http, anchor, realm, o.host(), o.tlsKeystore() != null);
        } catch (SQLException | IOException | RuntimeException e) {
            anchor.close();
            if (realm != null) {
                Files.deleteIfExists(realm);
            }
            throw e;
        }
    }

    private static ServerCustomizer<Server> bindTo(String host) {
        return server -> {
            for (Connector c : server.getConnectors()) {
                ((ServerConnector) c).setHost(host);
            }
        };
    }

    /**
     * Jetty's login service reads users from a properties file: written here, readable by this
     * user only, with passwords obfuscated (Jetty's OBF: form also keeps commas and colons in a
     * password from breaking the file's syntax).
     */
    private static Path writeRealm(Map<String, String> users) throws IOException {
        Path file = Files.createTempFile("pql-users-", ".properties");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the temporary folder's own protection applies
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> u : users.entrySet()) {
            if (!u.getKey().matches("[A-Za-z0-9_.@-]+")) {
                throw new IllegalArgumentException("User name '" + u.getKey()
                        + "' is not allowed; use letters, digits and _ . @ -");
            }
            // --user U --password P is the server's one admin
            text.append(u.getKey()).append(": ").append(Password.obfuscate(u.getValue())).append(",admin").append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The port served (the one chosen by the system when started with port 0). */
    public int port() {
        return http.getPort();
    }

    /** The base URL clients use. */
    public String httpUrl() {
        String h = host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return (tls ? "https://" : "http://") + h + ":" + port();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        http.join();
    }

    @Override
    public void close() throws Exception {
        try {
            http.stop();
        } finally {
            anchor.close();
            if (generatedRealm != null) {
                Files.deleteIfExists(generatedRealm);
            }
        }
    }
}
