package dev.pql.server;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import org.apache.calcite.avatica.remote.Service;

/**
 * Avatica's service with SQLSTATEs that reach the client: Avatica's JdbcMeta wraps every
 * SQLException in a bare RuntimeException, which its error response reports as state 00000. Here
 * the SQLException is found again and sent as an {@link AvaticaRuntimeException}, whose state and
 * message the remote driver puts into the client's SQLException.
 */
final class SqlStateService implements InvocationHandler {
    private final Service service;

    private SqlStateService(Service service) {
        this.service = service;
    }

    static Service wrap(Service service) {
        return (Service) Proxy.newProxyInstance(SqlStateService.class.getClassLoader(),
                new Class<?>[] {Service.class}, new SqlStateService(service));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(service, args);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof SQLException s && s.getSQLState() != null) {
                    throw new AvaticaRuntimeException(String.valueOf(s.getMessage()), s.getErrorCode(), s.getSQLState(),
                            AvaticaSeverity.ERROR);
                }
            }
            throw t;
        }
    }
}
