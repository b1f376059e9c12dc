package dev.pql.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes configs as JSON. Binding is strict: an unknown key or a value of the wrong
 * type is an error naming its path (Ludwig dropped unknown keys silently; users hated it).
 */
public final class ConfigMapper {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ConfigMapper() {
    }

    /** The shared JSON mapper (pretty-printing, strict). */
    public static ObjectMapper json() {
        return JSON;
    }

    public static ObjectNode readTree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Config is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Binds a config tree to the records, turning Jackson's errors into messages with paths. */
    public static ModelConfig bind(JsonNode tree) {
        try {
            return JSON.treeToValue(tree, ModelConfig.class);
        } catch (UnrecognizedPropertyException e) {
            List<String> known = new ArrayList<>();
            e.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Unknown config key '" + path(e) + "'; allowed here: "
                    + String.join(", ", known) + "." + Suggestions.didYouMean(e.getPropertyName(), known));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof PqlException p) {
                throw new PqlException(p.code(), "At '" + path(e) + "': " + p.getMessage());
            }
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Wrong value at '" + path(e) + "': "
                    + e.getOriginalMessage().replaceAll(" \\(for .*", "").replace("dev.pql.config.", ""));
        } catch (JsonProcessingException e) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config: " + e.getOriginalMessage());
        }
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new PqlException(ErrorCode.INTERNAL_ERROR, "Cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static ObjectNode toTree(ModelConfig config) {
        return JSON.valueToTree(config);
    }

    /** Jackson's reference path as {@code input_features[1].encoder.cell_typ}. */
    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }
}
