package dev.pql.server;

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
    /** The role every PQL user has; a users file must give it. */
    public static final String ROLE = "pql-user";

    private final HttpServer http;
    private final Connection anchor;
    private final Path generatedRealm;
    private final String host;

    /** Where and how to serve: users maps names to passwords; an empty map serves without authentication. */
    public record Options(Path data, String host, int port, Map<String, String> users, Path usersFile) {
        public Options {
            users = Map.copyOf(users);
        }

        boolean authenticated() {
            return usersFile != null || !users.isEmpty();
        }
    }

    private PqlServer(HttpServer http, Connection anchor, Path generatedRealm, String host) {
        this.http = http;
        this.anchor = anchor;
        this.generatedRealm = generatedRealm;
        this.host = host;
    }

    /** Opens the database and starts serving it; fails if the port is taken or the database cannot open. */
    public static PqlServer start(Options o) throws SQLException, IOException {
        String url = "jdbc:pql:" + o.data().toAbsolutePath();
        // Held for the server's life: the engine (model cache, store) stays open while no client is connected.
        Connection anchor = DriverManager.getConnection(url);
        Path realm = null;
        try {
            Service service = SqlStateService.wrap(new LocalService(new RemoteMeta(url)));
            HttpServer.Builder<Server> builder = new HttpServer.Builder<Server>()
                    .withHandler(new PqlHandler(service, new RestPredict(url)))
                    .withPort(o.port())
                    .withServerCustomizers(List.of(bindTo(o.host())), Server.class);
            if (o.authenticated()) {
                Path file = o.usersFile();
                if (file == null) {
                    realm = writeRealm(o.users());
                    file = realm;
                }
                builder.withBasicAuthentication(file.toString(), new String[] {ROLE});
            }
            HttpServer http = builder.build();
            http.start();
            return new PqlServer(http, anchor, realm, o.host());
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
            text.append(u.getKey()).append(": ").append(Password.obfuscate(u.getValue())).append(',').append(ROLE)
                    .append('\n');
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
        return "http://" + h + ":" + port();
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
