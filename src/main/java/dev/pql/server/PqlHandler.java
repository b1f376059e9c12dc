package dev.pql.server;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.calcite.avatica.remote.Service;
import org.apache.calcite.avatica.server.AvaticaProtobufHandler;
import org.eclipse.jetty.server.Request;

/**
 * The one handler of the port: {@code /models/...} is REST, everything else Avatica's protobuf
 * protocol. Being Avatica's handler, it sits behind the authentication that Avatica's server
 * wraps around it, so REST callers log in exactly as JDBC clients do.
 */
final class PqlHandler extends AvaticaProtobufHandler {
    private final RestPredict rest;

    PqlHandler(Service service, RestPredict rest) {
        super(service);
        this.rest = rest;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (target.startsWith(RestPredict.ROOT)) {
            rest.handle(target, request, response);
            baseRequest.setHandled(true);
            return;
        }
        super.handle(target, baseRequest, request, response);
    }
}
