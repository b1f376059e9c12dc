package dev.pql.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.servlet.MultipartConfigElement;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.Part;
import org.eclipse.jetty.server.Request;

/**
 * The request shapes of Ludwig's {@code serve}: {@code /predict} takes one row as form fields
 * (multipart or URL-encoded), {@code /batch_predict} a form field {@code dataset} holding the rows
 * as JSON in pandas' split orientation ({@code {"columns": [...], "data": [[...], ...]}}). Each is
 * turned into the JSON body the JSON API takes, so both answer alike.
 */
final class LudwigForm {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LudwigForm() {
    }

    static JsonNode read(HttpServletRequest request, boolean batch, long maxBytes)
            throws IOException, ServletException, RestRows.BadRequest {
        ObjectNode row = JSON.createObjectNode();
        if (String.valueOf(request.getContentType()).toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            // Parts are kept in memory up to the request limit; nothing is written for a field.
            request.setAttribute(Request.MULTIPART_CONFIG_ELEMENT, new MultipartConfigElement(
                    System.getProperty("java.io.tmpdir"), maxBytes, maxBytes, (int) Math.min(Integer.MAX_VALUE, maxBytes)));
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() != null) {
                    throw new RestRows.BadRequest("Field '" + part.getName() + "' is a file; PQL takes no uploads: send "
                            + "the value as a form field (an image feature's value is the path of a file under the "
                            + "server's files/ folder).");
                }
                row.put(part.getName(), new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } else {
            for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
                if (!p.getKey().equals("version")) {
                    row.put(p.getKey(), p.getValue().length == 0 ? null : p.getValue()[0]);
                }
            }
        }
        row.remove("version"); // a query parameter, not a feature
        if (!batch) {
            return row;
        }
        JsonNode dataset = row.get("dataset");
        if (dataset == null || !dataset.isTextual()) {
            throw new RestRows.BadRequest("batch_predict needs a form field 'dataset' holding the rows as JSON: "
                    + "{\"columns\": [...], \"data\": [[...], ...]}.");
        }
        try {
            return JSON.readTree(dataset.asText());
        } catch (JsonProcessingException e) {
            throw new RestRows.BadRequest("The 'dataset' field is not JSON: " + e.getOriginalMessage());
        }
    }
}
