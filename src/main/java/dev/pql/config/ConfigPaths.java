package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A config as {@code path → value} rows, with the paths WITH takes: {@code trainer.epochs},
 * {@code body.encoder.type} (a feature's options under its name, so reordering features changes
 * nothing), {@code input_features} listing the names. The form SHOW CONFIG, EXPLAIN and DIFF print.
 */
public final class ConfigPaths {
    private ConfigPaths() {
    }

    /** Every leaf of the config, in the config's order. */
    public static Map<String, JsonNode> flatten(ModelConfig config) {
        return flatten(ConfigMapper.toTree(config));
    }

    /** Every leaf of a config tree, in the tree's order. */
    public static Map<String, JsonNode> flatten(ObjectNode root) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : Fields.of(root)) {
            String key = e.getKey();
            JsonNode v = e.getValue();
            if ((key.equals("input_features") || key.equals("output_features")) && v.isArray()) {
                List<String> names = new ArrayList<>();
                v.forEach(f -> names.add(f.path("name").asText()));
                out.put(key, Lowering.node(names));
                for (JsonNode f : v) {
                    String name = f.path("name").asText();
                    for (Map.Entry<String, JsonNode> fe : Fields.of(f)) {
                        if (!fe.getKey().equals("name")) {
                            leaves(name + "." + fe.getKey(), fe.getValue(), out);
                        }
                    }
                }
            } else {
                leaves(key, v, out);
            }
        }
        return out;
    }

    /** The rows where two configs differ: path, value in {@code a} (or null), value in {@code b} (or null). */
    public static List<String[]> diff(Map<String, JsonNode> a, Map<String, JsonNode> b) {
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<String[]> rows = new ArrayList<>();
        for (String p : paths) {
            JsonNode x = a.get(p);
            JsonNode y = b.get(p);
            if (x == null || y == null || !same(x, y)) {
                rows.add(new String[] {p, text(x), text(y)});
            }
        }
        return rows;
    }

    /** A value as the user would write it: strings bare, everything else as JSON; null stays null. */
    public static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isTextual() ? v.asText() : v.toString();
    }

    /** Equal values, where 1 and 1.0 are equal (a WITH literal and a YAML number may differ in kind only). */
    static boolean same(JsonNode x, JsonNode y) {
        if (x.isNumber() && y.isNumber()) {
            return x.asDouble() == y.asDouble();
        }
        return x.equals(y);
    }

    private static void leaves(String path, JsonNode v, Map<String, JsonNode> out) {
        if (v.isObject() && !v.isEmpty()) {
            for (Map.Entry<String, JsonNode> e : Fields.of(v)) {
                leaves(path + "." + e.getKey(), e.getValue(), out);
            }
        } else {
            out.put(path, v);
        }
    }

    /** The fields of an object node as a list (Jackson offers only an iterator). */
    static final class Fields {
        private Fields() {
        }

        static List<Map.Entry<String, JsonNode>> of(JsonNode node) {
            List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
            node.fields().forEachRemaining(out::add);
            return out;
        }
    }
}
