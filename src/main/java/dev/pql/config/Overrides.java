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
 * ({@code trainer.epochs}) or a feature name ({@code body.encoder.type}).
 */
final class Overrides {
    private Overrides() {
    }

    static void apply(ObjectNode root, Map<String, Object> with) {
        for (Map.Entry<String, Object> e : with.entrySet()) {
            String path = e.getKey();
            String head = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
            String rest = path.contains(".") ? path.substring(path.indexOf('.') + 1) : "";
            if (Lowering.SECTIONS.contains(head.toLowerCase(Locale.ROOT))) {
                set(root, path.toLowerCase(Locale.ROOT), e.getValue(), path);
                continue;
            }
            ObjectNode feature = findFeature(root, head);
            if (feature == null || rest.isEmpty()) {
                List<String> candidates = new ArrayList<>(Lowering.SECTIONS);
                featureNames(root, candidates);
                throw new PqlException(ErrorCode.INVALID_CONFIG, "Unknown option '" + path + "' in WITH: a path starts with "
                        + "one of " + String.join(", ", candidates) + "." + Suggestions.didYouMean(head, candidates));
            }
            set(feature, rest, e.getValue(), path);
        }
    }

    /** Sets {@code a.b.c} under {@code node}, creating objects on the way. */
    static void set(ObjectNode node, String path, Object value, String shownPath) {
        String[] parts = path.split("\\.");
        ObjectNode cur = node;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = cur.get(parts[i]);
            if (next == null || next.isNull()) {
                next = cur.putObject(parts[i]);
            } else if (!next.isObject()) {
                throw new PqlException(ErrorCode.INVALID_CONFIG, "'" + shownPath + "': '" + parts[i]
                        + "' is a value, not a section with options.");
            }
            cur = (ObjectNode) next;
        }
        cur.set(parts[parts.length - 1], Lowering.node(value));
    }

    private static ObjectNode findFeature(ObjectNode root, String name) {
        for (String section : List.of("input_features", "output_features")) {
            for (JsonNode f : root.withArray(section)) {
                if (f.path("name").asText().equalsIgnoreCase(name)) {
                    return (ObjectNode) f;
                }
            }
        }
        return null;
    }

    private static void featureNames(ObjectNode root, List<String> out) {
        for (String section : List.of("input_features", "output_features")) {
            root.withArray(section).forEach(f -> out.add(f.path("name").asText()));
        }
    }
}
