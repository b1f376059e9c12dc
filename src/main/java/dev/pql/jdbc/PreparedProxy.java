package dev.pql.jdbc;

import dev.pql.data.SqlLayer;
import dev.pql.parse.Ast;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A prepared statement of the store (H2) or of Calcite, as a PQL client sees it: its connection is
 * the PQL connection, its result sets name it as their statement, and its errors carry SQLSTATEs
 * (Calcite's are put in PQL's terms). A dynamic proxy: PreparedStatement has some 100 methods and
 * only these few differ.
 */
final class PreparedProxy implements InvocationHandler {
    private final PreparedStatement target;
    private final PqlConnection connection;
    private final SqlLayer calcite;
    private Object self;

    private PreparedProxy(PreparedStatement target, PqlConnection connection, SqlLayer calcite) {
        this.target = target;
        this.connection = connection;
        this.calcite = calcite;
    }

    /** @param calcite the layer that planned it, when Calcite did (for its error messages); null for H2 */
    static PreparedStatement wrap(PreparedStatement target, PqlConnection connection, SqlLayer calcite) {
        PreparedProxy h = new PreparedProxy(target, connection, calcite);
        PreparedStatement p = (PreparedStatement) Proxy.newProxyInstance(PreparedProxy.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, h);
        h.self = p;
        return p;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (method.getDeclaringClass() == Object.class) {
            return switch (name) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "PqlPreparedStatement[" + target + "]";
            };
        }
        switch (name) {
            case "getConnection":
                return connection;
            case "unwrap":
                return ((Class<?>) args[0]).isInstance(proxy) ? proxy : target.unwrap((Class<?>) args[0]);
            case "isWrapperFor":
                return ((Class<?>) args[0]).isInstance(proxy) || target.isWrapperFor((Class<?>) args[0]);
            default:
                break;
        }
        try {
            Object result = method.invoke(target, args);
            return result instanceof ResultSet rs ? owned(rs) : result;
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (calcite != null && (t instanceof SQLException || t instanceof RuntimeException)) {
                throw Errors.toSql(calcite.translate((Exception) t, new Ast.Position(1, 1)));
            }
            throw t instanceof SQLException s ? Errors.withState(s) : t;
        }
    }

    /** A result set whose getStatement() is this statement, as JDBC requires. */
    private ResultSet owned(ResultSet rs) {
        return new Owned(rs, (Statement) self);
    }

    /** Plain delegation rather than another proxy: it sits on every value a client reads. */
    private static final class Owned extends ForwardingResultSet {
        private final Statement owner;

        Owned(ResultSet rows, Statement owner) {
            super(rows);
            this.owner = owner;
        }

        @Override
        public Statement getStatement() {
            return owner;
        }


    }
}
