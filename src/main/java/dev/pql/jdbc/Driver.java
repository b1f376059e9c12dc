package dev.pql.jdbc;

import dev.pql.error.ErrorCode;
import dev.pql.exec.Role;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/** The PQL JDBC driver for {@code jdbc:pql:<folder>}, {@code jdbc:pql:mem:} and {@code jdbc:pql:remote:<url>}. */
public final class Driver implements java.sql.Driver {
    // A folder is created if absent; remote: reaches a PQL server (see Remote). Registered through
    // META-INF/services/java.sql.Driver.
    public static final String PREFIX = "jdbc:pql:";
    static final int MAJOR = 0;
    static final int MINOR = 1;
    static final String VERSION = MAJOR + "." + MINOR + ".0";

    static {
        try {
            DriverManager.registerDriver(new Driver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null; // the JDBC contract: another driver's URL
        }
        String location = url.substring(PREFIX.length());
        if (location.startsWith(Remote.PREFIX)) {
            return Remote.connect(location.substring(Remote.PREFIX.length()), info == null ? new Properties() : info);
        }
        if (location.isBlank()) {
            throw new SQLException("The URL names no database: use jdbc:pql:<folder>, jdbc:pql:mem: or "
                    + "jdbc:pql:remote:http://host:port", ErrorCode.CONNECTION_ERROR.sqlState());
        }
        try {
            Properties given = info == null ? new Properties() : info;
            return new PqlConnection(url, Databases.acquire(location), user(given),
                    Role.of(given.getProperty(ROLE_PROPERTY)), timeout(given));
        } catch (RuntimeException e) {
            throw Errors.toSql(e);
        }
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    /**
     * Set by PQL's server on the connections it opens for remote clients (whatever a client sends
     * under these names is replaced): the authenticated user, the user's role, which makes the
     * session a remote one with that role's rights, and the role's statement timeout in seconds.
     */
    public static final String USER_PROPERTY = "pql.user";
    public static final String ROLE_PROPERTY = "pql.role";
    public static final String TIMEOUT_PROPERTY = "pql.timeout";

    private static int timeout(Properties info) {
        try {
            return Math.max(0, Integer.parseInt(info.getProperty(TIMEOUT_PROPERTY, "0")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Who the session is for: the {@code user} property (the server passes the remote user), else the OS user. */
    private static String user(Properties info) {
        String user = info.getProperty(USER_PROPERTY, info.getProperty("user"));
        return user == null || user.isBlank() ? System.getProperty("user.name") : user;
    }

    /** What a tool's connection dialog can offer: user and password, used by remote URLs only. */
    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        Properties given = info == null ? new Properties() : info;
        boolean remote = url != null && url.startsWith(PREFIX + Remote.PREFIX);
        DriverPropertyInfo user = new DriverPropertyInfo("user", given.getProperty("user"));
        user.description = "User name on the PQL server (jdbc:pql:remote: URLs); ignored by local databases.";
        user.required = remote;
        DriverPropertyInfo password = new DriverPropertyInfo("password", given.getProperty("password"));
        password.description = "Password on the PQL server (jdbc:pql:remote: URLs); ignored by local databases.";
        password.required = remote;
        return new DriverPropertyInfo[] {user, password};
    }

    @Override
    public int getMajorVersion() {
        return MAJOR;
    }

    @Override
    public int getMinorVersion() {
        return MINOR;
    }

    @Override
    public boolean jdbcCompliant() {
        return false; // PQL adds statements SQL does not have
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("PQL does not log through java.util.logging", ErrorCode.NOT_SUPPORTED.sqlState());
    }
}
