package dev.pql.jdbc;

import dev.pql.error.ErrorCode;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Set;
import org.h2.tools.SimpleResultSet;

/**
 * The result sets of PQL statements, as clients see them: forward-only and read-only, stopped
 * between rows by cancel and the query timeout, cut at the statement's row limit, and owned by
 * the statement that made them. A dynamic proxy, because ResultSet has some 190 methods and only a
 * handful differ from the engine's result set.
 */
final class Results implements InvocationHandler {
    private static final Set<String> SCROLLING = Set.of("previous", "first", "last", "absolute", "relative",
            "beforeFirst", "afterLast");
    private final ResultSet rows;
    private final PqlStatement owner;
    private long read;
    private boolean closed;
    private boolean done;
    /** The columns, copied: H2's SimpleResultSet forgets them once its last row is read. */
    private final ResultSetMetaData columns;

    private Results(ResultSet rows, PqlStatement owner) throws SQLException {
        this.rows = rows;
        this.owner = owner;
        this.columns = describe(rows.getMetaData());
    }

    static ResultSet wrap(ResultSet rows, PqlStatement owner) throws SQLException {
        return (ResultSet) Proxy.newProxyInstance(Results.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                new Results(rows, owner));
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

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (method.getDeclaringClass() == Object.class) {
            return switch (name) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "PqlResultSet[" + rows + "]";
            };
        }
        if (SCROLLING.contains(name)) {
            throw Errors.of("PQL result sets are forward-only: use next().", ErrorCode.INVALID_CURSOR_STATE.sqlState());
        }
        switch (name) {
            case "next":
                return next(method);
            case "getStatement":
                return owner;
            case "getMetaData":
                return columns; // valid for the whole life of the result set, after its last row too
            case "getType":
                return ResultSet.TYPE_FORWARD_ONLY;
            case "getConcurrency":
                return ResultSet.CONCUR_READ_ONLY;
            case "close":
                closed = true;
                done();
                break;
            case "unwrap":
                return ((Class<?>) args[0]).isInstance(proxy) ? proxy : call(method, args);
            case "isWrapperFor":
                return ((Class<?>) args[0]).isInstance(proxy) || (Boolean) call(method, args);
            default:
                break;
        }
        return call(method, args);
    }

    private boolean next(Method next) throws SQLException {
        if (closed) {
            return (Boolean) call(next, null); // the engine's result set reports the misuse
        }
        owner.cancellation().check();
        long max = owner.maxRows();
        if (max > 0 && read >= max) {
            done();
            return false;
        }
        boolean more = (Boolean) call(next, null);
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

    /** Calls the engine's result set; its exceptions reach the client with a SQLSTATE. */
    private Object call(Method method, Object[] args) throws SQLException {
        try {
            return method.invoke(rows, args);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof SQLException s) {
                throw Errors.withState(s);
            } else if (t instanceof RuntimeException r) {
                throw Errors.toSql(r); // a failure while scoring a batch of rows
            } else if (t instanceof Error err) {
                throw err;
            }
            throw new SQLException(t.getMessage(), Errors.GENERAL, t);
        } catch (IllegalAccessException e) {
            throw new SQLException(e.getMessage(), Errors.GENERAL, e);
        }
    }
}
