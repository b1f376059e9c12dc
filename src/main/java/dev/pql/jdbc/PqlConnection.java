package dev.pql.jdbc;

import dev.pql.exec.Engine;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A connection to a PQL database: an embedded-store connection underneath (plain SQL, metadata,
 * transactions) plus the engine that runs PQL statements.
 */
public final class PqlConnection extends ForwardingConnection {
    private final String url;
    private final Databases.Handle handle;
    private boolean closed;

    PqlConnection(String url, Databases.Handle handle) throws SQLException {
        super(handle.engine().store().connect());
        this.url = url;
        this.handle = handle;
    }

    Engine engine() {
        return handle.engine();
    }

    String url() {
        return url;
    }

    @Override
    public Statement createStatement() throws SQLException {
        return new PqlStatement(this, delegate.createStatement());
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        return new PqlStatement(this, delegate.createStatement(resultSetType, resultSetConcurrency));
    }

    @Override
    public Statement createStatement(int type, int concurrency, int holdability) throws SQLException {
        return new PqlStatement(this, delegate.createStatement(type, concurrency, holdability));
    }

    @Override
    public synchronized void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        delegate.close();
        try {
            Databases.release(handle);
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("Cannot close the database: " + e.getMessage(), "58030", e);
        }
    }

    @Override
    public boolean isClosed() throws SQLException {
        return closed || delegate.isClosed();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate.isWrapperFor(iface);
    }
}
