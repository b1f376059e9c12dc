package dev.pql.server;

import dev.pql.error.ErrorCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code POST /models/{name}/predict[?version=n]}: JSON rows in, JSON predictions out, in Ludwig
 * {@code serve}'s shape ({@code <t>_predictions}, {@code <t>_probability},
 * {@code <t>_probabilities_<class>}). The body is one row (an object of feature values), a list of
 * rows, or Ludwig's batch shape {@code {"columns": [...], "data": [[...], ...]}}; the answer has
 * the same shape. Each row runs as a prepared PREDICT ... GIVEN f = ?, ... through the driver.
 */
final class RestPredict {
    static final String ROOT = "/models/";
    private static final Pattern PATH = Pattern.compile("/models/([A-Za-z_][A-Za-z0-9_]*)/(predict|batch_predict)/?");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String url;

    RestPredict(String url) {
        this.url = url;
    }

    /**
     * Answers one REST request for an authenticated caller. Every answer is JSON, errors included
     * ({@code error} and {@code sqlstate}); an unexpected failure is a 500 that names a log id,
     * never a stack trace.
     */
    void handle(String target, HttpServletRequest request, HttpServletResponse response, PqlHandler.Caller caller,
            long maxBytes) throws IOException {
        try {
            answer(target, request, response, caller, maxBytes);
        } catch (RuntimeException e) {
            String id = java.util.UUID.randomUUID().toString().substring(0, 8);
            java.util.logging.Logger.getLogger(RestPredict.class.getName()).log(java.util.logging.Level.WARNING,
                    "Internal error " + id, e);
            error(response, 500, "Internal error, see the server log (id " + id + ").", ErrorCode.INTERNAL_ERROR);
        }
    }

    private void answer(String target, HttpServletRequest request, HttpServletResponse response, PqlHandler.Caller caller,
            long maxBytes) throws IOException {
        Matcher m = PATH.matcher(target);
        if (!m.matches()) {
            error(response, 404, "No such endpoint: use POST /models/{name}/predict", ErrorCode.OBJECT_NOT_FOUND);
            return;
        }
        if (!request.getMethod().equals("POST")) {
            response.setHeader("Allow", "POST");
            error(response, 405, "Use POST with a JSON body of feature values.", ErrorCode.SYNTAX_ERROR);
            return;
        }
        JsonNode body;
        String type = String.valueOf(request.getContentType()).toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
            try {
                body = LudwigForm.read(request, m.group(2).equals("batch_predict"), maxBytes);
            } catch (RestRows.BadRequest e) {
                error(response, 400, e.getMessage(), ErrorCode.INVALID_DATA);
                return;
            } catch (javax.servlet.ServletException | IllegalStateException e) {
                error(response, 400, "The form cannot be read: " + e.getMessage(), ErrorCode.INVALID_DATA);
                return;
            }
        } else {
            body = jsonBody(request, response, maxBytes);
            if (body == null) {
                return; // the error is answered
            }
        }
        Integer version = null;
        String v = request.getParameter("version");
        try {
            version = v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            error(response, 400, "version must be a number, not '" + v + "'.", ErrorCode.INVALID_DATA);
            return;
        }
        java.util.Properties who = new java.util.Properties();
        who.setProperty(dev.pql.jdbc.Driver.USER_PROPERTY, caller.user());
        who.setProperty(dev.pql.jdbc.Driver.ROLE_PROPERTY, caller.role().word());
        try (Connection c = DriverManager.getConnection(url, who)) {
            JsonNode answer = predict(c, m.group(1), version, body, response);
            response.setStatus(200);
            response.setContentType("application/json;charset=utf-8");
            JSON.writeValue(response.getOutputStream(), answer);
        } catch (RestRows.BadRequest e) {
            error(response, 400, e.getMessage(), ErrorCode.INVALID_DATA);
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? ErrorCode.GENERAL_ERROR.sqlState() : e.getSQLState();
            int status = state.startsWith("42P0") ? 404 : state.matches("(42|22|07).*") ? 400 : 500;
            error(response, status, e.getMessage(), state);
        }
    }

    /** The JSON body, or null when it was refused (the error is then already answered). */
    private static JsonNode jsonBody(HttpServletRequest request, HttpServletResponse response, long maxBytes)
            throws IOException {
        try {
            byte[] bytes = PqlHandler.Bodies.read(request.getInputStream(), maxBytes);
            if (bytes == null) {
                PqlHandler.refuseTooLarge(request, response, "The request is larger than the server's limit of " + maxBytes
                        + " bytes; send fewer rows per request.");
                return null;
            }
            JsonNode body = JSON.readTree(bytes);
            if (body == null) {
                error(response, 400, "The body is empty: send a JSON object of feature values.",
                        ErrorCode.INVALID_DATA);
            }
            return body;
        } catch (JsonProcessingException e) {
            error(response, 400, "The body is not JSON: " + e.getOriginalMessage(), ErrorCode.INVALID_DATA);
            return null;
        }
    }

    private JsonNode predict(Connection c, String model, Integer version, JsonNode body, HttpServletResponse response)
            throws SQLException, RestRows.BadRequest {
        Map<String, String> inputs = new LinkedHashMap<>();
        String[] target = describe(c, model, version, inputs);
        List<Map<String, Object>> rows = new RestRows(inputs).rows(body); // all checked before any is predicted
        if (body.isObject() && body.has("columns") && body.has("data")) {
            ObjectNode out = JSON.createObjectNode();
            ArrayNode index = out.putArray("index");
            ArrayNode names = out.putArray("columns");
            ArrayNode data = out.putArray("data");
            int i = 0;
            for (Map<String, Object> row : rows) {
                ObjectNode p = predictRow(c, model, version, target, row, response);
                if (i == 0) {
                    p.fieldNames().forEachRemaining(names::add);
                }
                index.add(i++);
                ArrayNode r = data.addArray();
                p.elements().forEachRemaining(r::add);
            }
            return out;
        } else if (body.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            for (Map<String, Object> row : rows) {
                out.add(predictRow(c, model, version, target, row, response));
            }
            return out;
        }
        return predictRow(c, model, version, target, rows.get(0), response);
    }

    /**
     * The model's output feature (name and type), from DESCRIBE MODEL; fills {@code inputs} with each
     * input feature's name, and its column, to its type.
     */
    private static String[] describe(Connection c, String model, Integer version, Map<String, String> inputs)
            throws SQLException {
        String[] target = null;
        try (PreparedStatement ps = c.prepareStatement("DESCRIBE MODEL " + model
                + (version == null ? "" : " VERSION " + version)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if ("output".equals(rs.getString("role"))) {
                    target = new String[] {rs.getString("feature"), rs.getString("type")};
                } else {
                    inputs.put(rs.getString("feature"), rs.getString("type"));
                    inputs.putIfAbsent(rs.getString("column"), rs.getString("type"));
                }
            }
        }
        if (target == null) {
            throw new SQLException("Model '" + model + "' has no output feature.",
                    ErrorCode.INVALID_CONFIG.sqlState());
        }
        return target;
    }

    private static ObjectNode predictRow(Connection c, String model, Integer version, String[] target,
            Map<String, Object> row, HttpServletResponse response) throws SQLException {
        StringBuilder sql = new StringBuilder("PREDICT ").append(quote(target[0]));
        if (!"number".equals(target[1])) {
            sql.append(" WITH CONFIDENCE, PROBABILITIES");
        }
        sql.append(" USING ").append(model).append(version == null ? "" : " VERSION " + version).append(" GIVEN ");
        List<Object> values = new ArrayList<>();
        for (Map.Entry<String, Object> e : row.entrySet()) {
            sql.append(values.isEmpty() ? "" : ", ").append(quote(e.getKey())).append(" = ?");
            values.add(e.getValue());
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                ObjectNode out = JSON.createObjectNode();
                if (rs.next()) {
                    ResultSetMetaData md = rs.getMetaData();
                    for (int i = values.size() + 1; i <= md.getColumnCount(); i++) { // the GIVEN columns come first
                        String label = md.getColumnLabel(i);
                        out.putPOJO(label.equals(target[0]) ? label + "_predictions" : label, rs.getObject(i));
                    }
                }
                for (SQLWarning w = ps.getWarnings(); w != null; w = w.getNextWarning()) {
                    response.addHeader("Warning", "199 pql \"" + w.getMessage().replace('"', '\'') + "\"");
                }
                return out;
            }
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static void error(HttpServletResponse response, int status, String message, ErrorCode code) throws IOException {
        error(response, status, message, code.sqlState());
    }

    static void error(HttpServletResponse response, int status, String message, String sqlState)
            throws IOException {
        ObjectNode body = JSON.createObjectNode().put("error", message);
        if (sqlState != null) {
            body.put("sqlstate", sqlState);
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
