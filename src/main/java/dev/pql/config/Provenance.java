package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where each value of a resolved config came from, for EXPLAIN: the CONFIG text ({@code config}),
 * the statement ({@code statement}), WITH ({@code with}), type inference ({@code inferred}), the
 * config's per-type {@code defaults} section, or PQL's field {@code default}. Found by comparing the
 * tree at each stage of lowering, path by path (paths as {@link ConfigPaths} writes them).
 */
final class Provenance {
    private Provenance() {
    }

    /**
     * @param config the CONFIG tree as given (upgraded), or an empty tree
     * @param statement after merging PREDICT/GIVEN, before WITH
     * @param user after WITH, before defaults
     * @param plain {@code user} filled without its defaults section
     * @param full the resolved tree
     * @param inferred lower-cased names of features whose type was inferred
     * @param discovered lower-cased names of features no one named (GIVEN *), whose column was inferred too
     */
    static Map<String, String> of(ObjectNode config, ObjectNode statement, ObjectNode user, ObjectNode plain,
                                  ObjectNode full, Set<String> inferred, Set<String> discovered,
                                  String base) {
        Map<String, JsonNode> c = ConfigPaths.flatten(config);
        Map<String, JsonNode> s = ConfigPaths.flatten(statement);
        Map<String, JsonNode> u = ConfigPaths.flatten(user);
        Map<String, JsonNode> p = ConfigPaths.flatten(plain);
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : ConfigPaths.flatten(full).entrySet()) {
            String path = e.getKey();
            JsonNode v = e.getValue();
            String feature = path.contains(".") ? path.substring(0, path.indexOf('.')).toLowerCase(Locale.ROOT) : "";
            String source;
            if (!u.containsKey(path)) {
                source = p.containsKey(path) && ConfigPaths.same(p.get(path), v) ? "default" : "defaults";
            } else if (!s.containsKey(path) || !ConfigPaths.same(s.get(path), v)) {
                source = "with";
            } else if (path.endsWith(".type") && path.indexOf('.') == path.length() - 5 && inferred.contains(feature)) {
                source = "inferred";
            } else if (path.endsWith(".column") && path.indexOf('.') == path.length() - 7) {
                boolean inConfig = c.keySet().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).startsWith(feature + "."));
                source = inConfig ? base : discovered.contains(feature) ? "inferred" : "statement";
            } else {
                source = c.containsKey(path) && ConfigPaths.same(c.get(path), v) ? base : "statement";
            }
            out.put(path, source);
        }
        return out;
    }
}
