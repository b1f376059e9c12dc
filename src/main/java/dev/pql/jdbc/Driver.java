package dev.pql.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The PQL JDBC driver for {@code jdbc:pql:<folder>} (a database on disk, created if absent) and
 * {@code jdbc:pql:mem:} (in memory). Registered through META-INF/services/java.sql.Driver.
 */
public final class Driver implements java.sql.Driver {
    public static final String PREFIX = "jdbc:pql:";
    static final int MAJOR = 0;
    static final int MINOR = 1;

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
        if (location.isBlank()) {
            throw new SQLException("The URL names no database: use jdbc:pql:<folder> or jdbc:pql:mem:", "08001");
        }
        try {
            return new PqlConnection(url, Databases.acquire(location));
        } catch (RuntimeException e) {
            throw Errors.toSql(e);
        }
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
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
        throw new SQLFeatureNotSupportedException("PQL does not log through java.util.logging");
    }
}
