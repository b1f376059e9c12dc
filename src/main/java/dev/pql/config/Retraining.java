package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The config of a RETRAIN: a stored config with WITH overrides applied, re-validated. Nothing is
 * re-inferred. A stored config is fully resolved, so a {@code defaults.<type>...} override is also
 * applied to every feature of that type (its values were copied into them when it was created).
 */
public final class Retraining {
    private Retraining() {
    }

    public static ModelConfig override(ModelConfig base, Map<String, Object> with) {
        return with.isEmpty() ? base : explain(base, with).config();
    }

    /** The new config with notes and where each value comes from ({@code stored}, {@code with}, {@code default}). */
    public static Lowering.Lowered explain(ModelConfig base, Map<String, Object> with) {
        ObjectNode stored = ConfigMapper.toTree(base);
        ObjectNode tree = stored.deepCopy();
        List<String> notes = new ArrayList<>();
        Overrides.apply(tree, withDefaultsSpread(tree, with, notes));
        notes.addAll(ConfigUpgrader.upgrade(tree));
        return Lowering.resolve(tree, null, notes, stored, stored, Set.of(), Set.of(), "stored");
    }

    /** The overrides, plus {@code <feature>.<section>.<option>} for each {@code defaults.<type>.<section>.<option>}. */
    private static Map<String, Object> withDefaultsSpread(ObjectNode tree, Map<String, Object> with, List<String> notes) {
        Map<String, Object> out = new LinkedHashMap<>(with);
        for (Map.Entry<String, Object> e : with.entrySet()) {
            String[] p = e.getKey().toLowerCase(Locale.ROOT).split("\\.", 4);
            if (p.length < 4 || !p[0].equals("defaults")) {
                continue;
            }
            String role = p[2].equals("encoder") ? "input" : p[2].equals("preprocessing") ? "" : "output";
            List<String> applied = new ArrayList<>();
            for (String r : role.isEmpty() ? List.of("input", "output") : List.of(role)) {
                for (JsonNode f : tree.path(r + "_features")) {
                    if (f.path("type").asText().equals(p[1]) || (p[1].equals("numerical")
                            && f.path("type").asText().equals("number"))) {
                        out.putIfAbsent(f.path("name").asText() + "." + p[2] + "." + p[3], e.getValue());
                        applied.add(f.path("name").asText());
                    }
                }
            }
            if (!applied.isEmpty()) {
                notes.add("WITH " + e.getKey() + " also applies to " + String.join(", ", applied)
                        + " (a stored config has the defaults copied into its features).");
            }
        }
        return out;
    }
}
