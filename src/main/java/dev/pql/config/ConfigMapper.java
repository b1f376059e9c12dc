package dev.pql.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes configs as JSON and YAML (Ludwig's format). Binding is strict: an unknown key or a value of the wrong
 * type is an error naming its path (Ludwig dropped unknown keys silently; users hated it).
 */
public final class ConfigMapper {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final YAMLMapper YAML = (YAMLMapper) new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

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

    /**
     * Parses a config given as YAML or JSON text ({@code origin} names it in errors: "the CONFIG text",
     * "file m.yaml"). The top level must be a mapping; a key given twice is an error.
     */
    public static ObjectNode parse(String text, String origin) {
        boolean json = text.stripLeading().startsWith("{");
        JsonNode tree = json ? parseJson(text, origin) : parseYaml(text, origin);
        if (tree == null || tree.isNull() || tree.isMissingNode() || (tree.isTextual() && tree.asText().isBlank())) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, capitalized(origin) + " is empty; a config is a mapping with "
                    + "input_features, output_features, ...");
        }
        if (!(tree instanceof ObjectNode o)) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, capitalized(origin) + " must be a mapping (input_features: ..., "
                    + "output_features: ...), not " + tree.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return o;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static JsonNode parseJson(String text, String origin) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String what = e.getOriginalMessage().lines().findFirst().orElse("").replaceAll(" \\(for .*", "");
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Cannot read " + origin + " as JSON" + where + ": " + what);
        }
    }

    /**
     * YAML as Ludwig reads it (YAML 1.1, through PyYAML): SnakeYAML resolves anchors and aliases,
     * which Jackson's YAML parser does not; a key given twice is an error.
     */
    private static JsonNode parseYaml(String text, String origin) {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            Object value = new org.yaml.snakeyaml.Yaml(new DatesAsText(options)).load(text);
            return JSON.valueToTree(value);
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            org.yaml.snakeyaml.error.Mark at = e.getProblemMark();
            String where = at == null ? "" : " at line " + (at.getLine() + 1) + ", column " + (at.getColumn() + 1);
            String what = (e.getContext() == null ? "" : e.getContext() + ": ") + e.getProblem();
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Cannot read " + origin + " as YAML" + where + ": " + what);
        } catch (org.yaml.snakeyaml.error.YAMLException | IllegalArgumentException e) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Cannot read " + origin + " as YAML: " + e.getMessage());
        }
    }

    /**
     * YAML 1.1 reads an unquoted 2024-06-01 as a timestamp; in a config it is a date as written (a
     * fill_value read with datetime_format), so it stays text, and survives a round trip through YAML.
     */
    private static final class DatesAsText extends org.yaml.snakeyaml.constructor.SafeConstructor {
        DatesAsText(org.yaml.snakeyaml.LoaderOptions options) {
            super(options);
            yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    /** The config as Ludwig-style YAML text. */
    public static String toYaml(ModelConfig config) {
        return toYamlTree(toTree(config));
    }

    /** A config tree as YAML text that {@link #parse} reads back to the same tree. */
    static String toYamlTree(JsonNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new PqlException(ErrorCode.INTERNAL_ERROR, "Cannot write YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** Binds a config tree to the records, turning Jackson's errors into messages with paths. */
    public static ModelConfig bind(JsonNode tree) {
        try {
            return JSON.treeToValue(tree, ModelConfig.class);
        } catch (JsonProcessingException e) {
            throw bindingError(e, "");
        }
    }

    /**
     * A section that a record binds itself once it knows what its keys mean (an encoder's, by the
     * feature's type) failed to bind; {@link #bind} reports it at the section's own path.
     */
    static final class NestedSectionException extends RuntimeException {
        private final String key;
        private final transient JsonProcessingException error;

        NestedSectionException(String key, JsonProcessingException error) {
            super(error.getOriginalMessage(), error);
            this.key = key;
            this.error = error;
        }
    }

    /** Jackson's error as a message naming the path of the value, below {@code prefix} (empty at the root). */
    private static PqlException bindingError(JsonProcessingException e, String prefix) {
        if (e instanceof JsonMappingException m && m.getCause() instanceof NestedSectionException n) {
            return bindingError(n.error, join(join(prefix, path(m)), n.key));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            return new PqlException(ErrorCode.INVALID_CONFIG, "Unknown config key '" + join(prefix, path(u))
                    + "'; allowed here: " + String.join(", ", known) + "." + Suggestions.didYouMean(u.getPropertyName(), known));
        }
        if (e instanceof JsonMappingException m) {
            if (m.getCause() instanceof PqlException p) {
                return new PqlException(p.code(), "At '" + join(prefix, path(m)) + "': " + p.getMessage());
            }
            return new PqlException(ErrorCode.INVALID_CONFIG, "Wrong value at '" + join(prefix, path(m)) + "': "
                    + m.getOriginalMessage().replaceAll(" \\(for .*", "").replace("dev.pql.config.encoders.", "")
                    .replace("dev.pql.config.", ""));
        }
        return new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config: " + e.getOriginalMessage());
    }

    /** Two parts of a path: {@code a.b}, or {@code a[0]} when b is an index. */
    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : b.startsWith("[") ? a + b : a + "." + b;
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
