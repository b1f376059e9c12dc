package dev.pql.jdbc;

import dev.pql.error.ErrorCode;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.calcite.avatica.DriverVersion;

/**
 * {@code jdbc:pql:remote:http://host:port[;avatica options]}: a connection to a PQL server through
 * Apache Calcite Avatica's remote driver (protobuf over HTTP), with the JDBC user and password
 * sent as HTTP basic authentication. Any Avatica client reaches the same server with
 * {@code jdbc:avatica:remote:url=http://host:port;serialization=protobuf;authentication=BASIC}.
 */
final class Remote {
    static final String PREFIX = "remote:";

    private Remote() {
    }

    static Connection connect(String target, Properties info) throws SQLException {
        String[] parts = target.split(";", 2);
        String server = parts[0].contains("://") ? parts[0] : "http://" + parts[0];
        if (server.equals("http://")) {
            throw Errors.of("The URL names no server: use jdbc:pql:remote:http://host:port", ErrorCode.CONNECTION_ERROR.sqlState());
        }
        String url = "jdbc:avatica:remote:url=" + server + ";serialization=protobuf"
                + (parts.length > 1 && !parts[1].isBlank() ? ";" + parts[1] : "");
        Properties p = new Properties();
        p.putAll(info);
        String user = info.getProperty("user");
        if (user != null && !user.isEmpty()) {
            p.setProperty("authentication", "BASIC");
            p.setProperty("avatica_user", user);
            p.setProperty("avatica_password", info.getProperty("password", ""));
        }
        try {
            return userFacing(new AvaticaClient().connect(url, p), "jdbc:pql:remote:" + target);
        } catch (SQLException e) {
            throw Errors.withState(e);
        } catch (RuntimeException e) {
            throw translate(server, user, e);
        }
    }

    /**
     * The connection as the user made it: its metadata's {@code getURL()} is the URL the user
     * connected with, not Avatica's internal one, {@code getConnection()} is this connection, and
     * its statements report the server's warnings (see RemoteWarnings).
     */
    private static Connection userFacing(Connection avatica, String url) {
        if (avatica == null) {
            return null;
        }
        Connection[] self = new Connection[1];
        RemoteWarnings warnings = new RemoteWarnings(avatica);
        self[0] = (Connection) java.lang.reflect.Proxy.newProxyInstance(Remote.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, m, a) -> {
                    if (m.getName().equals("getMetaData") && m.getParameterCount() == 0) {
                        java.sql.DatabaseMetaData md = avatica.getMetaData();
                        return java.lang.reflect.Proxy.newProxyInstance(Remote.class.getClassLoader(),
                                new Class<?>[] {java.sql.DatabaseMetaData.class}, (mp, mm, ma) -> switch (mm.getName()) {
                                    case "getURL" -> url;
                                    case "getConnection" -> self[0];
                                    default -> invoke(mm, md, ma);
                                });
                    }
                    if (m.getName().equals("createStatement") || m.getName().equals("prepareStatement")
                            || m.getName().equals("prepareCall")) {
                        return warnings.track(invoke(m, avatica, a), self[0]);
                    }
                    if (m.getName().equals("unwrap") && ((Class<?>) a[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    if (m.getDeclaringClass() == Object.class && m.getName().equals("equals")) {
                        return proxy == a[0];
                    }
                    return invoke(m, avatica, a);
                });
        return self[0];
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * Avatica's remote driver, naming PQL as the product: Avatica's client answers product and
     * driver names from its own driver, not from the server, and tools show these names.
     */
    private static final class AvaticaClient extends org.apache.calcite.avatica.remote.Driver {
        @Override
        protected DriverVersion createDriverVersion() {
            return new DriverVersion("PQL JDBC Driver (remote)", Driver.VERSION, "PQL", Driver.VERSION, false,
                    Driver.MAJOR, Driver.MINOR, Driver.MAJOR, Driver.MINOR);
        }
    }

    /** Avatica reports HTTP failures as bare RuntimeExceptions: say what happened, with a SQLSTATE. */
    private static SQLException translate(String server, String user, RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("HTTP/401")) {
            return Errors.of("The PQL server at " + server + " refused the "
                    + (user == null || user.isEmpty() ? "connection: it needs a user name and password (the user "
                    + "and password connection properties)." : "user name or password of '" + user + "'."),
                    ErrorCode.INVALID_AUTHORIZATION.sqlState(), e);
        }
        if (message.contains("HTTP/403")) {
            return Errors.of("The PQL server at " + server + " does not allow user '" + user + "'.", ErrorCode.INVALID_AUTHORIZATION.sqlState(), e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return Errors.of("Cannot reach a PQL server at " + server + ": " + t.getMessage()
                        + ". Is `pql server` running there?", ErrorCode.CONNECTION_ERROR.sqlState(), e);
            }
        }
        return Errors.of("Cannot connect to the PQL server at " + server + ": " + message, ErrorCode.CONNECTION_ERROR.sqlState(), e);
    }
}
