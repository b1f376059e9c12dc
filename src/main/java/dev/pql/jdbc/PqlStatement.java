package dev.pql.jdbc;

import dev.pql.exec.ExecResult;
import dev.pql.parse.Ast;
import dev.pql.parse.StatementParser;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.function.Consumer;
import dev.pql.train.TrainingProgress;

/**
 * A statement that runs PQL statements on the engine and passes plain SQL to the embedded store.
 * Cancel stops a running training between batches; no version is saved.
 */
public final class PqlStatement extends ForwardingStatement {
    private final PqlConnection connection;
    private ExecResult current;
    private boolean pqlActive;
    private SQLWarning warnings;
    private volatile boolean cancelled;
    private Consumer<TrainingProgress> progress = p -> { };

    PqlStatement(PqlConnection connection, Statement delegate) {
        super(delegate);
        this.connection = connection;
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        Ast.Statement stmt = parse(sql);
        if (stmt instanceof Ast.Sql plain) {
            pqlActive = false;
            return delegate.execute(plain.sql());
        }
        runPql(stmt, sql);
        return current.resultSet() != null;
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        Ast.Statement stmt = parse(sql);
        if (stmt instanceof Ast.Sql plain) {
            pqlActive = false;
            return delegate.executeQuery(plain.sql());
        }
        runPql(stmt, sql);
        if (current.resultSet() == null) {
            throw new SQLException("This statement returns no rows; use execute or executeUpdate.", "07000");
        }
        return current.resultSet();
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        Ast.Statement stmt = parse(sql);
        if (stmt instanceof Ast.Sql plain) {
            pqlActive = false;
            return delegate.executeUpdate(plain.sql());
        }
        runPql(stmt, sql);
        return (int) Math.max(0, current.updateCount());
    }

    /**
     * Receives training progress of the statements this one runs (per batch and per epoch). A PQL
     * extension: front ends reach it with {@code statement.unwrap(PqlStatement.class)}.
     */
    public void setProgressListener(Consumer<TrainingProgress> listener) {
        this.progress = listener == null ? p -> { } : listener;
    }

    private Ast.Statement parse(String sql) throws SQLException {
        closeCurrent();
        try {
            return StatementParser.parse(sql);
        } catch (RuntimeException e) {
            throw Errors.toSql(e);
        }
    }

    private void runPql(Ast.Statement stmt, String sql) throws SQLException {
        pqlActive = true;
        cancelled = false;
        try {
            current = connection.engine().execute(stmt, sql, progress, () -> cancelled);
        } catch (RuntimeException e) {
            throw Errors.toSql(e);
        }
        for (String w : current.warnings()) {
            SQLWarning warning = new SQLWarning(w, "01000");
            if (warnings == null) {
                warnings = warning;
            } else {
                warnings.setNextWarning(warning);
            }
        }
    }

    private void closeCurrent() throws SQLException {
        warnings = null;
        if (current != null && current.resultSet() != null) {
            current.resultSet().close();
        }
        current = null;
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        return pqlActive ? (current == null ? null : current.resultSet()) : delegate.getResultSet();
    }

    @Override
    public int getUpdateCount() throws SQLException {
        if (!pqlActive) {
            return delegate.getUpdateCount();
        }
        return current == null || current.resultSet() != null ? -1 : (int) current.updateCount();
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        if (!pqlActive) {
            return delegate.getMoreResults();
        }
        closeCurrent();
        return false;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return pqlActive ? warnings : delegate.getWarnings();
    }

    @Override
    public void clearWarnings() throws SQLException {
        warnings = null;
        delegate.clearWarnings();
    }

    @Override
    public void cancel() throws SQLException {
        cancelled = true;
        delegate.cancel();
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        closeCurrent();
        delegate.close();
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
