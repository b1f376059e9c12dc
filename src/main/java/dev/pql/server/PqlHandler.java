package dev.pql.server;

import dev.pql.error.ErrorCode;
import dev.pql.exec.Role;
import dev.pql.jdbc.Driver;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.security.Principal;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import org.apache.calcite.avatica.remote.ProtobufTranslation;
import org.apache.calcite.avatica.remote.ProtobufTranslationImpl;
import org.apache.calcite.avatica.remote.Service;
import org.apache.calcite.avatica.server.AvaticaProtobufHandler;
import org.eclipse.jetty.server.Request;

/**
 * The one handler of the port: {@code /models/...} is REST, everything else Avatica's protobuf
 * protocol, behind the authentication Avatica's server wraps around it. For remote JDBC it is the
 * border of the security model (DESIGN.md §7):
 * <ul>
 *   <li>every connection is opened for the authenticated user with that user's role, whatever the
 *       client sent (the session then refuses what the role may not do, see dev.pql.exec.Access);</li>
 *   <li>a connection can be used only by the user who opened it;</li>
 *   <li>requests larger than the limit are refused with 413;</li>
 *   <li>errors carry their SQLSTATE and message, never a stack trace; an unexpected failure says
 *       "internal error, see the server log (id ...)" and the log has the rest.</li>
 * </ul>
 */
final class PqlHandler extends AvaticaProtobufHandler {
    private static final Logger LOG = Logger.getLogger(PqlHandler.class.getName());
    /** Roles from the most rights to the least: a user with several gets the first. */
    private static final List<String> ROLE_NAMES = List.of("admin", "analyst", "pql-user", "reader");
    private final Service service;
    private final RestPredict rest;
    private final boolean authenticated;
    private final long maxRequestBytes;
    /** How much of a refused body is read so that its 413 reaches the client (see {@link Bodies#discard}). */
    private static final long DISCARD_BYTES = 8L * 1024 * 1024;
    private final Map<Role, Integer> timeouts;
    private final ProtobufTranslation translation = new ProtobufTranslationImpl();
    /** Avatica dispatches a request to its service through a package-private method; this is the only way in. */
    private static final java.lang.reflect.Method ACCEPT;

    static {
        try {
            ACCEPT = Service.Request.class.getDeclaredMethod("accept", Service.class);
            ACCEPT.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    /** Which user opened each connection: no one else may use it. */
    private final Map<String, String> owners = new ConcurrentHashMap<>();

    PqlHandler(Service service, RestPredict rest, boolean authenticated, long maxRequestBytes, Map<Role, Integer> timeouts) {
        super(service);
        this.service = service;
        this.rest = rest;
        this.authenticated = authenticated;
        this.maxRequestBytes = maxRequestBytes;
        this.timeouts = Map.copyOf(timeouts);
    }

    /** Who is asking, as the authentication established it. */
    record Caller(String user, Role role) {
    }

    Caller caller(HttpServletRequest request) {
        if (!authenticated) {
            return new Caller("local", Role.ADMIN); // an unauthenticated server listens on loopback only
        }
        Principal p = request.getUserPrincipal();
        for (String name : ROLE_NAMES) {
            if (request.isUserInRole(name)) {
                return new Caller(p == null ? "unknown" : p.getName(), Role.of(name));
            }
        }
        return new Caller(p == null ? "unknown" : p.getName(), Role.READER);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        baseRequest.setHandled(true);
        Caller caller = caller(request);
        if (request.getContentLengthLong() > maxRequestBytes) {
            tooLarge(request, response, target);
            return;
        }
        if (target.startsWith(RestPredict.ROOT)) {
            rest.handle(target, request, response, caller, maxRequestBytes);
            return;
        }
        if (!target.equals("/") && !target.isEmpty()) {
            // JDBC clients post to the server's root; anything else is no endpoint
            RestPredict.error(response, 404, "No such endpoint: JDBC clients use " + "the server's root URL, REST "
                    + "POST /models/{name}/predict.", ErrorCode.OBJECT_NOT_FOUND);
            return;
        }
        if (!request.getMethod().equals("POST")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getOutputStream().write("This server expects only POST calls.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        byte[] body = Bodies.read(request.getInputStream(), maxRequestBytes);
        if (body == null) {
            tooLarge(request, response, target);
            return;
        }
        Service.Response answer;
        int status = HttpServletResponse.SC_OK;
        try {
            Service.Request r = translation.parseRequest(body);
            answer = (Service.Response) ACCEPT.invoke(admit(r, caller), service);
            if (r instanceof Service.CloseConnectionRequest close) {
                owners.remove(close.connectionId);
            }
        } catch (java.lang.reflect.InvocationTargetException e) {
            answer = error(e.getCause() instanceof Exception x ? x : e);
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        } catch (Exception e) {
            answer = error(e);
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR; // as Avatica's clients expect for errors
        }
        response.setContentType("application/octet-stream;charset=utf-8");
        response.setStatus(status);
        response.getOutputStream().write(translation.serializeResponse(answer));
    }

    /**
     * The request as it may run for this caller: a new connection is opened for the caller's user
     * and role (client-sent {@code pql.*} properties are dropped); any other request must name a
     * connection the caller opened.
     */
    private Service.Request admit(Service.Request r, Caller caller) throws SQLException {
        if (r instanceof Service.OpenConnectionRequest open) {
            Map<String, String> info = new HashMap<>();
            if (open.info != null) {
                open.info.forEach((k, v) -> {
                    if (!k.startsWith("pql.")) {
                        info.put(k, v);
                    }
                });
            }
            info.put(Driver.USER_PROPERTY, caller.user());
            info.put(Driver.ROLE_PROPERTY, caller.role().word());
            info.put(Driver.TIMEOUT_PROPERTY, String.valueOf(timeouts.getOrDefault(caller.role(), 0)));
            String previous = owners.putIfAbsent(open.connectionId, caller.user());
            if (previous != null) {
                throw new SQLException("A connection with this id is already open.",
                        ErrorCode.CONNECTION_EXISTS.sqlState());
            }
            return new Service.OpenConnectionRequest(open.connectionId, info);
        }
        r = everyRow(r);
        String connection = connectionId(r);
        if (connection != null) {
            String owner = owners.get(connection);
            if (owner != null && !owner.equals(caller.user())) {
                throw new SQLException("This connection belongs to another user; open your own.",
                        ErrorCode.INSUFFICIENT_PRIVILEGE.sqlState());
            }
        }
        return r;
    }

    /**
     * A frame size of 0 asks Avatica's server for no rows at all (its meta convention), while JDBC's
     * fetch size 0 means "the driver decides": with Spark's default fetch size a client read 0 rows
     * of a prepared query and 100 of a plain one, silently (Avatica 1.28, JdbcResultSet.frame). A
     * 0 from a client is taken as JDBC means it: frames of the server's default size, every row sent.
     */
    private static Service.Request everyRow(Service.Request r) {
        if (r instanceof Service.ExecuteRequest e && e.maxRowCount == 0) {
            return new Service.ExecuteRequest(e.statementHandle, e.parameterValues, -1);
        }
        if (r instanceof Service.PrepareAndExecuteRequest p && p.maxRowsInFirstFrame == 0) {
            return new Service.PrepareAndExecuteRequest(p.connectionId, p.statementId, p.sql, p.maxRowCount == 0 ? -1
                    : p.maxRowCount, -1);
        }
        if (r instanceof Service.FetchRequest f && f.fetchMaxRowCount == 0) {
            return new Service.FetchRequest(f.connectionId, f.statementId, f.offset,
                    org.apache.calcite.avatica.AvaticaStatement.DEFAULT_FETCH_SIZE);
        }
        return r;
    }

    /** The connection a request names, if any (Avatica's request classes carry it in public fields). */
    private static String connectionId(Service.Request r) {
        try {
            for (Field f : r.getClass().getFields()) {
                if (f.getName().equals("connectionId") && f.getType() == String.class) {
                    return (String) f.get(r);
                }
                if (f.getType() == Meta.StatementHandle.class && f.get(r) != null) {
                    return ((Meta.StatementHandle) f.get(r)).connectionId;
                }
            }
        } catch (IllegalAccessException e) {
            return null;
        }
        return null;
    }

    /** An error answer with its SQLSTATE and message, without stack traces. */
    private static Service.ErrorResponse error(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AvaticaRuntimeException a) {
                return new Service.ErrorResponse(List.of(), a.getErrorMessage(), a.getErrorCode(), a.getSqlState(),
                        a.getSeverity(), null);
            }
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return new Service.ErrorResponse(List.of(), s.getMessage(), s.getErrorCode(), s.getSQLState(),
                        AvaticaSeverity.ERROR, null);
            }
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.WARNING, "Internal error " + id, e);
        return new Service.ErrorResponse(List.of(), "Internal error, see the server log (id " + id + ").", -1,
                ErrorCode.INTERNAL_ERROR.sqlState(),
                AvaticaSeverity.ERROR, null);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        refuseTooLarge(request, response, "The request is larger than the server's limit of " + maxRequestBytes
                + " bytes" + (target.startsWith(RestPredict.ROOT) ? "; send fewer rows per request." : "."));
    }

    /** Answers 413, then reads what is left of the body (bounded) so that the answer reaches the client. */
    static void refuseTooLarge(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        response.setHeader("Connection", "close");
        RestPredict.error(response, 413, message, ErrorCode.LIMIT_EXCEEDED);
        response.flushBuffer();
        Bodies.discard(request.getInputStream(), DISCARD_BYTES);
    }

    /** Reading a request body with a size limit. */
    static final class Bodies {
        private Bodies() {
        }

        /**
         * Reads and drops up to {@code limit} bytes of a refused body. A server that closes the
         * connection while the client is still sending makes the kernel reset it, and the client
         * loses the 413 it was sent; reading the rest lets the answer arrive. Past the limit the
         * connection closes anyway: a huge body is not worth reading to say no.
         */
        static void discard(InputStream in, long limit) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            long left = limit;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        }

        /** The body, or null when it is longer than {@code limit}. */
        static byte[] read(InputStream in, long limit) throws IOException {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return bytes.length > limit ? null : bytes;
        }
    }
}
