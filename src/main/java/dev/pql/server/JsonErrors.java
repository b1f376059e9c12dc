package dev.pql.server;

import dev.pql.error.ErrorCode;
import java.io.IOException;
import java.io.Writer;
import javax.servlet.http.HttpServletRequest;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers Jetty itself gives (a refused login, a malformed request) as PQL's JSON errors
 * ({@code error} and {@code sqlstate}), never an HTML page or a stack trace.
 */
final class JsonErrors extends ErrorHandler {
    private JsonErrors() {
        setShowStacks(false);
        setShowServlet(false);
    }

    static void install(Server server) {
        server.setErrorHandler(new JsonErrors());
    }

    @Override
    protected void generateAcceptableResponse(org.eclipse.jetty.server.Request baseRequest, HttpServletRequest request,
            javax.servlet.http.HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("application/json;charset=utf-8");
        ErrorCode state = switch (code) {
            case 401 -> ErrorCode.INVALID_AUTHORIZATION;
            case 403 -> ErrorCode.INSUFFICIENT_PRIVILEGE;
            case 404 -> ErrorCode.OBJECT_NOT_FOUND;
            case 413 -> ErrorCode.LIMIT_EXCEEDED;
            default -> code >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.SYNTAX_ERROR;
        };
        String text = switch (code) {
            case 401 -> "Authentication required: send the user name and password (HTTP basic authentication).";
            case 403 -> "This user may not use the server.";
            case 404 -> "No such endpoint: JDBC clients use the server's root URL, REST POST /models/{name}/predict.";
            case 413 -> "The request is larger than the server's limit.";
            default -> code >= 500 ? "Internal error, see the server log." : "Bad request (HTTP " + code + ").";
        };
        try (Writer w = response.getWriter()) {
            w.write("{\"error\":\"" + text.replace("\"", "'") + "\",\"sqlstate\":\"" + state.sqlState() + "\"}");
        }
    }
}
