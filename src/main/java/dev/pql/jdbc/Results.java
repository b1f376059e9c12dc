package dev.pql.jdbc;

import dev.pql.error.ErrorCode;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.tools.SimpleResultSet;

/**
 * The result sets of PQL statements, as clients see them: forward-only and read-only, stopped
 * between rows by cancel and the query timeout, cut at the statement's row limit, owned by the
 * statement that made them, and failing with the SQLSTATE of PQL's errors. Plain delegation for the
 * rest ({@link ForwardingResultSet}): it was a dynamic proxy, whose reflective call on every value
 * a client read cost a PREDICT's reading thread more than H2's decoding of the value did.
 */
final class Results extends ForwardingResultSet {
    private final PqlStatement owner;
    private long read;
    private boolean closed;
    private boolean done;
    /** The columns, copied: H2's SimpleResultSet forgets them once its last row is read. */
    private final ResultSetMetaData columns;

    private Results(ResultSet rows, PqlStatement owner) throws SQLException {
        super(rows);
        this.owner = owner;
        this.columns = describe(rows.getMetaData());
    }

    static ResultSet wrap(ResultSet rows, PqlStatement owner) throws SQLException {
        return new Results(rows, owner);
    }

    /** A copy of result set metadata that outlives the result set (H2's SimpleResultSet forgets it on close). */
    static ResultSetMetaData describe(ResultSetMetaData md) throws SQLException {
        SimpleResultSet copy = new SimpleResultSet();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            copy.addColumn(md.getColumnLabel(i), md.getColumnType(i), md.getColumnTypeName(i), md.getPrecision(i),
                    md.getScale(i));
        }
        return copy.getMetaData();
    }

    /** The engine's result set's exceptions reach the client with a SQLSTATE. */
    @Override
    protected SQLException failed(Exception e) {
        if (e instanceof SQLException s) {
            return Errors.withState(s);
        }
        return Errors.toSql((RuntimeException) e); // a failure while scoring a batch of rows
    }

    @Override
    public boolean next() throws SQLException {
        if (closed) {
            return super.next(); // the engine's result set reports the misuse
        }
        owner.cancellation().check();
        long max = owner.maxRows();
        if (max > 0 && read >= max) {
            done();
            return false;
        }
        boolean more = super.next();
        if (more) {
            read++;
        } else {
            done();
        }
        return more;
    }

    /**
     * The rows are over: the statement's timeout has nothing left to stop. Once only, so that a late
     * call on an old result set cannot disarm the timeout of the statement's next run.
     */
    private void done() {
        if (!done) {
            done = true;
            owner.cancellation().finish();
        }
    }

    @Override
    public void close() throws SQLException {
        closed = true;
        done();
        super.close();
    }

    @Override
    public Statement getStatement() {
        return owner;
    }

    @Override
    public ResultSetMetaData getMetaData() {
        return columns; // valid for the whole life of the result set, after its last row too
    }

    @Override
    public int getType() {
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() {
        return ResultSet.CONCUR_READ_ONLY;
    }



    @Override
    public String toString() {
        return "PqlResultSet[" + delegate + "]";
    }

    private static SQLException forwardOnly() {
        return Errors.of("PQL result sets are forward-only: use next().", ErrorCode.INVALID_CURSOR_STATE.sqlState(), null);
    }

    @Override
    public boolean previous() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean first() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean last() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean absolute(int row) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean relative(int rows) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public void beforeFirst() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public void afterLast() throws SQLException {
        throw forwardOnly();
    }
}
