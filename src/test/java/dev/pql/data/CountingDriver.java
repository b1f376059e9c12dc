package dev.pql.data;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A test driver in front of PostgreSQL's ({@code jdbc:counting:postgresql://...}) that counts the
 * rows the source hands back, so a test can see that a filter ran inside the source.
 */
final class CountingDriver implements Driver {
    static final String PREFIX = "jdbc:counting:";
    static final AtomicLong ROWS = new AtomicLong();
    private static boolean registered;

    static synchronized void register() throws SQLException {
        if (!registered) {
            DriverManager.registerDriver(new CountingDriver());
            registered = true;
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection c = DriverManager.getConnection("jdbc:" + url.substring(PREFIX.length()), info);
        return (Connection) wrap(c, Connection.class);
    }

    private static Object wrap(Object target, Class<?> type) {
        return Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            Object r;
            try {
                r = m.invoke(target, a);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (m.getName().equals("next") && r instanceof Boolean b && b && type == ResultSet.class) {
                ROWS.incrementAndGet();
            }
            if (r instanceof ResultSet rs && type != ResultSet.class) {
                return wrap(rs, ResultSet.class);
            }
            if (r instanceof java.sql.PreparedStatement ps) {
                return wrap(ps, java.sql.PreparedStatement.class);
            }
            if (r instanceof java.sql.Statement s && !(r instanceof java.sql.PreparedStatement)) {
                return wrap(s, java.sql.Statement.class);
            }
            return r;
        });
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
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
