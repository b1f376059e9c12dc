package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies {@code WITH (path = value, ...)} to a config tree. A path starts with a section
 * ({@code trainer.epochs}, {@code defaults.text.encoder.embedding_size}) or a feature name
 * ({@code body.encoder.type}); option names are case-insensitive, as SQL words are.
 */
final class Overrides {
    private Overrides() {
    }

    /**
     * Applies the overrides to a resolved config (RETRAIN): a new encoder (optimizer, split...) type
     * starts from its own defaults, since every option of the old one was resolved for the old one.
     */
    static void apply(ObjectNode root, Map<String, Object> with) {
        apply(root, with, null, true);
    }

    /** Applies the overrides; where one replaces a value the tree had, {@code notes} (nullable) says so. */
    static void apply(ObjectNode root, Map<String, Object> with, List<String> notes) {
        apply(root, with, notes, false);
    }

    private static void apply(ObjectNode root, Map<String, Object> with, List<String> notes, boolean reset) {
        for (Map.Entry<String, Object> e : with.entrySet()) {
            String path = e.getKey();
            String head = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
            String rest = path.contains(".") ? path.substring(path.indexOf('.') + 1) : "";
            if (Lowering.SECTIONS.contains(head.toLowerCase(Locale.ROOT))) {
                set(root, root, path.toLowerCase(Locale.ROOT), e.getValue(), path, notes, reset);
                continue;
            }
            ObjectNode feature = findFeature(root, head);
            if (feature == null || rest.isEmpty()) {
                List<String> candidates = new ArrayList<>(Options.options("").stream().map(Option::name).toList());
                featureNames(root, candidates);
                throw new PqlException(ErrorCode.INVALID_CONFIG, "Unknown option '" + path + "' in WITH: a path starts with "
                        + "one of " + String.join(", ", candidates) + "." + Suggestions.didYouMean(head, candidates));
            }
            set(root, feature, rest.toLowerCase(Locale.ROOT), e.getValue(), path, notes, reset);
        }
    }

    /** Sets {@code a.b.c} under {@code node}, creating objects on the way. */
    static void set(ObjectNode node, String path, Object value, String shownPath) {
        set(null, node, path, value, shownPath, null, false);
    }

    private static void set(ObjectNode root, ObjectNode node, String path, Object value, String shownPath,
                            List<String> notes, boolean reset) {
        String[] parts = path.split("\\.");
        ObjectNode cur = node;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = cur.get(parts[i]);
            if (next == null || next.isNull()) {
                next = cur.putObject(parts[i]);
            } else if (next.isTextual() && isModule(parts[i])) {
                next = cur.putObject(parts[i]).put("type", next.asText()); // Ludwig's bare-string encoder
            } else if (!next.isObject()) {
                throw new PqlException(ErrorCode.INVALID_CONFIG, "'" + shownPath + "': '" + parts[i]
                        + "' is a value, not a section with options.");
            }
            cur = (ObjectNode) next;
        }
        String key = parts[parts.length - 1];
        JsonNode before = cur.get(key);
        JsonNode after = Lowering.node(value);
        if (notes != null && before != null && !before.isNull() && !ConfigPaths.same(before, after)) {
            notes.add("WITH " + shownPath + " = " + ConfigPaths.text(after) + " replaces " + ConfigPaths.text(before) + ".");
        }
        String module = parts.length > 1 ? parts[parts.length - 2] : "";
        if (key.equals("type") && before != null && !ConfigPaths.same(before, after) && isModule(module)) {
            String scope = node == root ? String.join(".", List.of(parts).subList(0, parts.length - 1))
                    : node.path("type").asText() + "." + module;
            // another encoder (decoder, optimizer...): the old one's options may not apply to it
            for (String k : ConfigUpgrader.fieldNames(cur)) {
                if (reset || Options.option(scope + "." + after.asText(), k) == null) {
                    cur.remove(k);
                }
            }
        }
        cur.set(key, after);
    }

    /** Sections whose options depend on their type. */
    private static boolean isModule(String key) {
        return List.of("encoder", "decoder", "loss", "optimizer", "split", "combiner").contains(key);
    }

    private static ObjectNode findFeature(ObjectNode root, String name) {
        for (String section : List.of("input_features", "output_features")) {
            for (JsonNode f : root.path(section)) {
                if (f.path("name").asText().equalsIgnoreCase(name)) {
                    return (ObjectNode) f;
                }
            }
        }
        return null;
    }

    private static void featureNames(ObjectNode root, List<String> out) {
        for (String section : List.of("input_features", "output_features")) {
            root.path(section).forEach(f -> out.add(f.path("name").asText()));
        }
    }
}
