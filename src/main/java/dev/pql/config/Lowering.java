package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import dev.pql.parse.Ast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lowers a CREATE MODEL statement to a fully resolved {@link ModelConfig}: columns resolved,
 * types given or inferred, options routed, WITH overrides applied, defaults filled, validated.
 */
public final class Lowering {
    /** Feature options that belong to preprocessing; any other option is the encoder's. */
    static final Set<String> PREPROCESSING_KEYS = Set.of("missing_value_strategy", "fill_value", "normalization",
            "tokenizer", "lowercase", "most_common", "max_sequence_length");
    static final Set<String> SECTIONS = Set.of("input_features", "output_features", "combiner", "trainer",
            "preprocessing", "random_seed");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Lowering() {
    }

    /** The resolved config and what inference decided, for the user to read. */
    public record Lowered(ModelConfig config, List<String> notes) {
    }

    public static Lowered lower(Ast.CreateModel stmt, List<ColumnProfile> columns) {
        Map<String, ColumnProfile> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.put(c.name().toLowerCase(Locale.ROOT), c));
        List<String> notes = new ArrayList<>();
        ObjectNode root = NODES.objectNode();
        ArrayNode outputs = root.putArray("output_features");
        Set<String> used = new java.util.HashSet<>();
        for (Ast.Target t : stmt.targets()) {
            ColumnProfile p = column(t.name(), byName);
            requireUnused(t.name(), p, used);
            FeatureType type = t.type() != null ? FeatureType.of(t.type().text()) : TypeInference.output(p);
            if (t.type() == null) {
                notes.add(t.name().text() + ": output type " + type.ludwigName() + " (inferred)");
            }
            outputs.add(feature(t.name().text(), p.name(), type));
        }
        ArrayNode inputs = root.putArray("input_features");
        if (stmt.given().isEmpty()) {
            for (ColumnProfile p : columns) {
                if (used.contains(p.name().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                TypeInference.Guess g = TypeInference.input(p);
                if (g.type().isEmpty() || g.type().get() == FeatureType.DATE) {
                    notes.add(p.name() + ": dropped, " + (g.type().isEmpty() ? g.reason() : "date inputs are not supported yet"));
                    continue;
                }
                notes.add(p.name() + ": " + g.type().get().ludwigName() + " (inferred: " + g.reason() + ")");
                inputs.add(feature(featureName(p.name()), p.name(), g.type().get()));
            }
        } else {
            for (Ast.Feature f : stmt.given()) {
                ColumnProfile p = column(f.name(), byName);
                requireUnused(f.name(), p, used);
                FeatureType type;
                if (f.type() != null) {
                    type = FeatureType.of(f.type().text());
                } else {
                    TypeInference.Guess g = TypeInference.input(p);
                    type = g.type().orElse(p.averageTokens() >= 2 ? FeatureType.TEXT : FeatureType.CATEGORY);
                    notes.add(f.name().text() + ": " + type.ludwigName() + " (inferred: " + g.reason() + ")");
                }
                ObjectNode node = feature(f.name().text(), p.name(), type);
                if (f.encoder() != null) {
                    node.putObject("encoder").put("type", f.encoder().text().toLowerCase(Locale.ROOT));
                }
                for (Map.Entry<String, Object> o : f.options().entrySet()) {
                    String key = o.getKey();
                    String path = key.contains(".") ? key
                            : (PREPROCESSING_KEYS.contains(key) ? "preprocessing." : "encoder.") + key;
                    Overrides.set(node, path, o.getValue(), f.name().text() + "." + key);
                }
                inputs.add(node);
            }
        }
        if (inputs.isEmpty()) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Model '" + stmt.name() + "' has no input features left: "
                    + String.join("; ", notes) + ". Name the inputs with GIVEN col, ...");
        }
        Overrides.apply(root, stmt.with());
        Defaults.fill(root);
        ModelConfig config = ConfigMapper.bind(root);
        ConfigValidator.validate(config);
        return new Lowered(config, notes);
    }

    /**
     * The feature name for a column the user did not name: an all-upper-case name is how the store
     * folded an unquoted identifier (CSV headers too), so it reads as the user would type it.
     */
    static String featureName(String column) {
        return column.equals(column.toUpperCase(Locale.ROOT)) ? column.toLowerCase(Locale.ROOT) : column;
    }

    private static ObjectNode feature(String name, String column, FeatureType type) {
        ObjectNode n = NODES.objectNode();
        n.put("name", name);
        n.put("column", column);
        n.put("type", type.ludwigName());
        return n;
    }

    private static ColumnProfile column(Ast.Name name, Map<String, ColumnProfile> byName) {
        ColumnProfile p = byName.get(name.text().toLowerCase(Locale.ROOT));
        if (p == null) {
            List<String> names = byName.values().stream().map(ColumnProfile::name).toList();
            throw new PqlException(ErrorCode.COLUMN_NOT_FOUND, "Column '" + name.text() + "' not found at "
                    + name.position() + "; the data has columns " + String.join(", ", names) + "."
                    + Suggestions.didYouMean(name.text(), names));
        }
        return p;
    }

    private static void requireUnused(Ast.Name name, ColumnProfile p, Set<String> used) {
        if (!used.add(p.name().toLowerCase(Locale.ROOT))) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Column '" + name.text() + "' is named twice (at "
                    + name.position() + "); a column is either a target or an input, once.");
        }
    }

    /** A JSON node for a statement literal. */
    static JsonNode node(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (value instanceof Long l) {
            return NODES.numberNode(l);
        } else if (value instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        } else if (value instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            list.forEach(v -> a.add(node(v)));
            return a;
        }
        return NODES.textNode(value.toString());
    }
}
