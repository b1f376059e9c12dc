package dev.pql.data;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Planned queries of one session, kept by their text so that running the same query again skips
 * Calcite's planning (most of the cost of a small query: milliseconds). A plan is taken out while
 * its rows are read and put back when the result set is closed, so two open results never share
 * one statement.
 */
final class CalcitePlans implements AutoCloseable {
    private static final int KEPT = 64;
    private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > KEPT) {
                closeQuietly(eldest.getValue());
                return true;
            }
            return false;
        }
    };

    /** Runs a query with a kept plan, or plans it now; the plan is kept again when the rows are closed. */
    ResultSet query(Connection calcite, String sql) throws SQLException {
        PreparedStatement ps;
        synchronized (idle) {
            ps = idle.remove(sql);
        }
        if (ps == null || ps.isClosed()) {
            ps = calcite.prepareStatement(sql);
        }
        ResultSet rows;
        try {
            rows = ps.executeQuery();
        } catch (SQLException | RuntimeException e) {
            closeQuietly(ps);
            throw e;
        }
        PreparedStatement plan = ps;
        return (ResultSet) Proxy.newProxyInstance(CalcitePlans.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, m, a) -> {
                    // close() keeps the plan; everything else goes to Calcite's result set
                    if (m.getName().equals("close") && m.getParameterCount() == 0) {
                        if (!rows.isClosed()) {
                            rows.close();
                            keep(sql, plan);
                        }
                        return null;
                    }
                    if (m.getDeclaringClass() == Object.class && m.getName().equals("equals")) {
                        return proxy == a[0];
                    }
                    try {
                        return m.invoke(rows, a);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void keep(String sql, PreparedStatement plan) {
        synchronized (idle) {
            PreparedStatement previous = idle.put(sql, plan);
            if (previous != null && previous != plan) {
                closeQuietly(previous);
            }
        }
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException ignored) {
            // a plan we no longer keep
        }
    }

    @Override
    public void close() {
        synchronized (idle) {
            idle.values().forEach(CalcitePlans::closeQuietly);
            idle.clear();
        }
    }
}
