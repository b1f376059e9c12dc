package dev.pql.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

/**
 * SQLWarnings for the statements of a remote connection. Avatica's protocol (1.28) has no field
 * for warnings, so the server keeps the warnings of each connection's last statement and answers
 * them to {@code SHOW WARNINGS} (as MySQL does); a statement of this driver runs that query the
 * first time its {@code getWarnings()} is called after it ran: one round trip, only when asked.
 * The server keeps one statement's warnings per connection, so once another statement of the same
 * connection has run, an earlier statement whose warnings were never asked for reports none.
 */
final class RemoteWarnings {
    private final Connection avatica;
    /** The statement that ran last on this connection: only its warnings are on the server. */
    private Tracked last;
    /**
     * One statement kept open for SHOW WARNINGS, so asking costs one round trip, not three; it
     * closes with the connection.
     */
    private Statement asker;

    RemoteWarnings(Connection avatica) {
        this.avatica = avatica;
    }

    /** The statement as this driver hands it out, or the value itself when it is not a statement. */
    Object track(Object created, Connection owner) {
        if (!(created instanceof Statement s)) {
            return created;
        }
        Class<?> api = s instanceof CallableStatement ? CallableStatement.class
                : s instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        Tracked t = new Tracked(s, owner);
        return Proxy.newProxyInstance(RemoteWarnings.class.getClassLoader(), new Class<?>[] {api}, t);
    }

    private synchronized SQLWarning ask() throws SQLException {
        if (asker == null || asker.isClosed()) {
            asker = avatica.createStatement();
        }
        SQLWarning first = null;
        SQLWarning tail = null;
        try (ResultSet rs = asker.executeQuery("SHOW WARNINGS")) {
            while (rs.next()) {
                SQLWarning w = new SQLWarning(rs.getString("message"), rs.getString("sqlstate"));
                if (first == null) {
                    first = w;
                } else {
                    tail.setNextWarning(w);
                }
                tail = w;
            }
        }
        return first;
    }

    /** One statement: remembers whether it ran last and what the server said about it. */
    private final class Tracked implements java.lang.reflect.InvocationHandler {
        private final Statement target;
        private final Connection owner;
        private SQLWarning warnings;
        private boolean known = true;

        Tracked(Statement target, Connection owner) {
            this.target = target;
            this.owner = owner;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] a) throws Throwable {
            String name = m.getName();
            if (name.startsWith("execute")) {
                synchronized (RemoteWarnings.this) {
                    if (last != null) {
                        last.known = true; // its warnings are gone from the server; it had its chance
                    }
                    last = this;
                    warnings = null;
                    known = false;
                }
                return call(m, a);
            }
            switch (name) {
                case "getWarnings":
                    synchronized (RemoteWarnings.this) {
                        if (!known && last == this && !target.isClosed()) {
                            warnings = ask();
                            known = true;
                        }
                        return warnings;
                    }
                case "clearWarnings":
                    synchronized (RemoteWarnings.this) {
                        warnings = null;
                        known = true;
                    }
                    return call(m, a);
                case "getConnection":
                    return owner;
                case "unwrap":
                    return ((Class<?>) a[0]).isInstance(proxy) ? proxy : call(m, a);
                case "isWrapperFor":
                    return ((Class<?>) a[0]).isInstance(proxy) || (Boolean) call(m, a);
                case "equals":
                    return proxy == a[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    return call(m, a);
            }
        }

        private Object call(Method m, Object[] a) throws Throwable {
            try {
                return m.invoke(target, a);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
