package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pql.error.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The combiner rules that span several options, as Ludwig enforces them when it builds the
 * combiner: tabnet's shared blocks are some of its blocks, the transformer's width splits into its
 * heads, and the comparator's two entities name every input feature once.
 */
final class CombinerChecks {
    private CombinerChecks() {
    }

    static void check(JsonNode root, ConfigProblems problems) {
        JsonNode c = root.path("combiner");
        switch (c.path("type").asText()) {
            case "tabnet" -> tabnet(c, problems);
            case "transformer" -> transformer(c, problems);
            case "comparator" -> comparator(c, root.path("input_features"), problems);
            default -> {
            }
        }
    }

    private static void tabnet(JsonNode c, ConfigProblems problems) {
        if (c.path("num_shared_blocks").isInt() && c.path("num_total_blocks").isInt()
                && c.path("num_shared_blocks").asInt() > c.path("num_total_blocks").asInt()) {
            problems.invalid("combiner.num_shared_blocks", c.path("num_shared_blocks").asInt() + " shared blocks but only "
                    + c.path("num_total_blocks").asInt() + " blocks in all (num_total_blocks); the shared blocks are the "
                    + "first of them: lower num_shared_blocks or raise num_total_blocks.");
        }
    }

    private static void transformer(JsonNode c, ConfigProblems problems) {
        if (c.path("hidden_size").isInt() && c.path("num_heads").isInt() && c.path("num_heads").asInt() > 0
                && c.path("hidden_size").asInt() % c.path("num_heads").asInt() != 0) {
            problems.invalid("combiner.hidden_size", c.path("hidden_size").asInt() + " does not split into "
                    + c.path("num_heads").asInt() + " attention heads (num_heads); make hidden_size a multiple of num_heads.");
        }
    }

    private static void comparator(JsonNode c, JsonNode inputs, ConfigProblems problems) {
        List<String> names = new ArrayList<>();
        inputs.forEach(f -> names.add(f.path("name").asText()));
        Set<String> seen = new LinkedHashSet<>();
        for (String entity : List.of("entity_1", "entity_2")) {
            JsonNode list = c.get(entity);
            if (list == null || list.isNull() || list.isEmpty()) {
                problems.invalid("combiner." + entity, "is required: the input features of " + (entity.equals("entity_1")
                        ? "the first" : "the second") + " entity to compare, a list such as [" + (names.isEmpty() ? "a"
                        : names.get(0)) + "].");
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                String name = list.get(i).asText();
                String at = "combiner." + entity + "[" + i + "]";
                if (!names.contains(name)) {
                    problems.invalid(at, "'" + name + "' is not an input feature; they are " + String.join(", ", names)
                            + "." + Suggestions.didYouMean(name, names));
                } else if (!seen.add(name)) {
                    problems.invalid(at, "'" + name + "' is already in an entity; each input belongs to one.");
                }
            }
        }
        if (c.path("entity_1").isArray() && !c.path("entity_1").isEmpty() && c.path("entity_2").isArray()
                && !c.path("entity_2").isEmpty()) {
            List<String> left = names.stream().filter(n -> !seen.contains(n)).toList();
            if (!left.isEmpty()) {
                problems.invalid("combiner", "the comparator reads only the inputs of its two entities; "
                        + String.join(", ", left) + " " + (left.size() == 1 ? "is" : "are") + " in neither: add "
                        + (left.size() == 1 ? "it" : "them") + " to entity_1 or entity_2, or remove "
                        + (left.size() == 1 ? "it" : "them") + " from input_features.");
            }
        }
    }
}
