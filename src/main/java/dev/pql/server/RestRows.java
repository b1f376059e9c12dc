package dev.pql.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of a REST predict body, checked against the model's input features before anything
 * runs: a field that is no feature, a value that is not a string, number, boolean or null, a
 * batch row whose length differs from its columns, or a number feature given a boolean, is a
 * {@link BadRequest} (HTTP 400) that names it. Text for a number feature goes on to the engine,
 * which answers 22018 (also a 400) when it does not read as a number.
 */
final class RestRows {
    private final Map<String, String> typeByName = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();

    /** A body that is not rows of the model's feature values. */
    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message);
        }
    }

    /** @param inputs each input feature's name and column (both accepted as field names) to its type */
    RestRows(Map<String, String> inputs) {
        inputs.forEach((name, type) -> {
            typeByName.put(name.toLowerCase(Locale.ROOT), type);
            if (names.stream().noneMatch(name::equalsIgnoreCase)) { // a column named as its feature, in capitals
                names.add(name);
            }
        });
    }

    /** The rows of a body: one object, a list of objects, or {@code {"columns": [...], "data": [[...]]}}. */
    List<Map<String, Object>> rows(JsonNode body) throws BadRequest {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (body != null && body.isObject() && body.has("columns") && body.has("data")) {
            List<String> columns = columns(body.get("columns"));
            JsonNode data = body.get("data");
            if (!data.isArray()) {
                throw new BadRequest("\"data\" must be a list of rows (lists of values), not " + data.getNodeType() + ".");
            }
            for (int r = 0; r < data.size(); r++) {
                JsonNode values = data.get(r);
                if (!values.isArray() || values.size() != columns.size()) {
                    throw new BadRequest("Row " + r + " of \"data\" has " + (values.isArray() ? values.size() + " values"
                            : "a " + values.getNodeType()) + " where " + columns.size() + " values are expected, one per "
                            + "column of \"columns\" " + columns + ".");
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (int k = 0; k < columns.size(); k++) {
                    row.put(columns.get(k), value(columns.get(k), values.get(k)));
                }
                rows.add(row);
            }
        } else if (body != null && body.isArray()) {
            for (JsonNode row : body) {
                rows.add(fields(row));
            }
        } else if (body != null && body.isObject()) {
            rows.add(fields(body));
        } else {
            throw new BadRequest("Send a JSON object of feature values, a list of them, or {\"columns\": [...], "
                    + "\"data\": [[...]]}.");
        }
        return rows;
    }

    private List<String> columns(JsonNode columns) throws BadRequest {
        if (!columns.isArray()) {
            throw new BadRequest("\"columns\" must be a list of feature names, not " + columns.getNodeType() + ".");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode c : columns) {
            if (!c.isTextual()) {
                throw new BadRequest("\"columns\" must hold feature names (strings), not " + c + ".");
            }
            out.add(known(c.textValue()));
        }
        return out;
    }

    private Map<String, Object> fields(JsonNode row) throws BadRequest {
        if (!row.isObject()) {
            throw new BadRequest("A row must be a JSON object of feature values, not " + row.getNodeType() + ".");
        }
        if (row.isEmpty()) {
            throw new BadRequest("A row has no feature values.");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(known(e.getKey()), value(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** A field name that is one of the model's features (by name or column, any case). */
    private String known(String field) throws BadRequest {
        if (!typeByName.containsKey(field.toLowerCase(Locale.ROOT))) {
            throw new BadRequest("Unknown field '" + field + "': the model's input features are "
                    + String.join(", ", names) + "." + dev.pql.error.Suggestions.didYouMean(field, names));
        }
        return field;
    }

    private Object value(String name, JsonNode v) throws BadRequest {
        String type = typeByName.get(name.toLowerCase(Locale.ROOT));
        if (v == null || v.isNull()) {
            return null;
        } else if (v.isBoolean()) {
            if ("number".equals(type)) {
                throw new BadRequest("Feature '" + name + "' expects a number, but got " + v + " (a boolean).");
            }
            return v.booleanValue();
        } else if (v.isIntegralNumber()) {
            return v.longValue();
        } else if (v.isNumber()) {
            return v.doubleValue();
        } else if (v.isTextual()) {
            return v.textValue();
        }
        throw new BadRequest("Feature '" + name + "' must be a string, number, boolean or null, not "
                + v.getNodeType() + ".");
    }
}
