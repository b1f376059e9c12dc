package dev.pql.data;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.BasicDataSource;

/**
 * A JDBC database attached as a source: how to reach it, and what its failures mean to a user.
 * Connections come from a small pool that opens them read-only (PQL reads attached sources; it
 * writes only to its own store), and every first contact is bounded by the source's timeout, so an
 * unreachable host costs seconds, not the TCP stack's minutes.
 */
public final class JdbcSource implements AutoCloseable {
    private final Attachment attachment;
    private final BasicDataSource pool;

    private JdbcSource(Attachment attachment, BasicDataSource pool) {
        this.attachment = attachment;
        this.pool = pool;
    }

    /** A pool for an attachment; no connection is made until one is needed. */
    public static JdbcSource of(Attachment a) {
        BasicDataSource ds = new BasicDataSource();
        ds.setUrl(a.location());
        if (a.driver() != null) {
            ds.setDriverClassName(a.driver());
        }
        if (a.user() != null) {
            ds.setUsername(a.user());
        }
        ds.setPassword(a.secret());
        ds.setDefaultReadOnly(true);
        ds.setMaxWait(Duration.ofSeconds(a.timeout()));
        ds.setMaxTotal(8);
        ds.setMaxIdle(2);
        timeouts(a).forEach((k, v) -> ds.addConnectionProperty((String) k, (String) v));
        return new JdbcSource(a, ds);
    }

    public DataSource dataSource() {
        return pool;
    }

    public Attachment attachment() {
        return attachment;
    }

    /**
     * Connects once, within the timeout, and reports what answered: the product name and the
     * default schema, or an error a user can act on (08001 unreachable, 28000 refused, 0A000 no driver).
     */
    public static Attachment probe(Attachment a) {
        if (!a.location().regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw new PqlException(ErrorCode.CONNECTION_ERROR, "ATTACH DATABASE '" + a.location() + "' AS " + a.name()
                    + ": the location is not a JDBC URL. Give one such as 'jdbc:postgresql://host:5432/db' or "
                    + "'jdbc:mariadb://host:3306/db'; for a folder of files use ATTACH FILES.");
        }
        Driver driver = driver(a);
        Properties props = timeouts(a);
        if (a.user() != null) {
            props.setProperty("user", a.user());
        }
        String password = a.secret();
        if (password != null) {
            props.setProperty("password", password);
        }
        FutureTask<Connection> connect = new FutureTask<>(() -> driver.connect(a.location(), props));
        Thread t = new Thread(connect, "pql-attach-" + a.name());
        t.setDaemon(true);
        t.start();
        try (Connection c = connect.get(a.timeout(), TimeUnit.SECONDS)) {
            if (c == null) {
                throw noDriver(a);
            }
            DatabaseMetaData md = c.getMetaData();
            String schema = a.schema() != null ? a.schema() : c.getSchema();
            return new Attachment(a.name(), a.kind(), a.location(), a.user(), a.password(), a.passwordEnv(), schema,
                    a.driver(), a.timeoutSeconds(), md.getDatabaseProductName(), a.attachedAt());
        } catch (TimeoutException e) {
            connect.cancel(true);
            throw new PqlException(ErrorCode.CONNECTION_ERROR, "Source '" + a.name() + "' (" + a.location()
                    + ") did not answer within " + a.timeout() + " s. Check the host and port, or give a longer "
                    + "timeout: WITH (timeout = 30).", e);
        } catch (ExecutionException e) {
            throw unreachable(a, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PqlException(ErrorCode.CANCELLED, "ATTACH " + a.name() + " was interrupted.", e);
        } catch (SQLException e) {
            throw unreachable(a, e);
        }
    }

    private static Driver driver(Attachment a) {
        if (a.driver() != null) {
            try {
                Class.forName(a.driver());
            } catch (ClassNotFoundException e) {
                throw new PqlException(ErrorCode.NOT_SUPPORTED, "Source '" + a.name() + "': the driver class "
                        + a.driver() + " is not on PQL's class path. Put the driver's jar beside pql.jar on the "
                        + "class path (java -cp), or leave driver out to use a driver PQL ships.", e);
            }
        }
        try {
            return DriverManager.getDriver(a.location());
        } catch (SQLException e) {
            throw noDriver(a);
        }
    }

    private static PqlException noDriver(Attachment a) {
        String prefix = a.location().split(":", 3).length > 1 ? "jdbc:" + a.location().split(":", 3)[1] + ":" : a.location();
        return new PqlException(ErrorCode.NOT_SUPPORTED, "Source '" + a.name() + "': no JDBC driver for '" + prefix
                + "' URLs. PQL ships drivers for jdbc:postgresql: and jdbc:h2:; for another database put its "
                + "driver's jar on the class path and name its class: WITH (driver = 'com.example.Driver').");
    }

    /** The error for a source that could not be reached, by the SQLSTATE class the driver gave. */
    static PqlException unreachable(Attachment a, Throwable cause) {
        String state = cause instanceof SQLException s && s.getSQLState() != null ? s.getSQLState() : "";
        String detail = cause == null ? "unknown failure" : String.valueOf(cause.getMessage());
        if (state.startsWith("28")) {
            return new PqlException(ErrorCode.INVALID_AUTHORIZATION, "Source '" + a.name() + "' refused the user "
                    + (a.user() == null ? "(none given)" : "'" + a.user() + "'") + ": " + detail
                    + ". Check the user and password (WITH (user = '...', password = '...')).", cause);
        }
        if (state.startsWith("3D")) {
            return new PqlException(ErrorCode.CONNECTION_ERROR, "Source '" + a.name() + "': " + detail
                    + ". Check the database name in the URL.", cause);
        }
        return new PqlException(ErrorCode.CONNECTION_ERROR, "Cannot reach source '" + a.name() + "' at " + a.location()
                + ": " + detail + ". Check that the database is running and that this machine may connect to it.",
                cause);
    }

    /** Driver-specific bounds on connecting, where PQL knows the driver's property names. */
    private static Properties timeouts(Attachment a) {
        Properties p = new Properties();
        if (a.location().startsWith("jdbc:postgresql:")) {
            p.setProperty("connectTimeout", String.valueOf(a.timeout()));
            p.setProperty("loginTimeout", String.valueOf(a.timeout()));
        }
        return p;
    }

    @Override
    public void close() throws SQLException {
        pool.close();
    }
}
