package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name in Ludwig's config schema, read from {@code ludwig-schema.json} (compiled from Ludwig's
 * {@code ludwig/schema/**} sources by {@code tools/ludwig_schema_names.py}; see the README beside it)
 * and turned into {@link Option.Role#LUDWIG} registry lines at PQL's scopes. They let validation tell
 * a valid Ludwig option PQL lacks (0A000) from a typo (42P10); supported names are never reported,
 * because {@link Options#ludwigOnly} takes PQL's own options out.
 */
final class LudwigSchema {
    private static final String RESOURCE = "ludwig-schema.json";
    private static final JsonNode ROOT = load();

    /** The registry lines, built once. */
    static final List<Option> ROWS = rows();

    private LudwigSchema() {
    }

    /** The Ludwig model types (ecd, llm). */
    static Set<String> modelTypes() {
        return names(ROOT.path("model_type"));
    }

    /** Every feature type Ludwig reads (binary, number, ..., image, audio, h3, timeseries). */
    static Set<String> inputTypes() {
        return names(ROOT.path("input"));
    }

    /** Every feature type Ludwig has, as an input or an output (anomaly and category_distribution are outputs only). */
    static Set<String> featureTypes() {
        Set<String> all = new LinkedHashSet<>(names(ROOT.path("input")));
        all.addAll(names(ROOT.path("output")));
        return all;
    }

    /**
     * Keys of older Ludwig versions that current Ludwig ignores with a warning, by section: combiner,
     * trainer, or feature (a feature and its encoder, decoder and loss).
     */
    static Set<String> stale(String section) {
        return new LinkedHashSet<>(strings(ROOT.path("stale").path(section)));
    }

    /** The keys Ludwig's {@code role} (input or output) feature of {@code type} has itself (not its encoder's). */
    static Set<String> featureKeys(String role, String type) {
        return new LinkedHashSet<>(strings(ROOT.path(role).path(type)));
    }

    private static List<Option> rows() {
        List<Option> r = new ArrayList<>();
        for (String modelType : names(ROOT.path("model_type"))) {
            add(r, "", strings(ROOT.path("model_type").path(modelType)));
        }
        typed(r, "combiner", ROOT.path("combiner"));
        for (String section : List.of("encoder", "decoder", "loss")) {
            for (Map.Entry<String, JsonNode> t : fields(ROOT.path(section))) {
                typed(r, t.getKey() + "." + section, t.getValue());
            }
        }
        add(r, "trainer", strings(ROOT.path("trainer")));
        typed(r, "trainer.optimizer", ROOT.path("optimizer"));
        add(r, "trainer.learning_rate_scheduler", strings(ROOT.path("learning_rate_scheduler")));
        add(r, "trainer.gradient_clipping", strings(ROOT.path("gradient_clipping")));
        add(r, "preprocessing", strings(ROOT.path("global_preprocessing")));
        typed(r, "preprocessing.split", ROOT.path("split"));
        for (Map.Entry<String, JsonNode> p : fields(ROOT.path("preprocessing"))) {
            // input and output preprocessing of a type share PQL's scope <type>.preprocessing
            String type = p.getKey().replaceAll("_(output|llm_input|llm_output|llm|distribution_output)$", "");
            add(r, type + ".preprocessing", strings(p.getValue()));
        }
        for (String role : List.of("input", "output")) {
            for (Map.Entry<String, JsonNode> t : fields(ROOT.path(role))) {
                add(r, role + "." + t.getKey(), strings(t.getValue()));
            }
        }
        return List.copyOf(r);
    }

    /** A typed section: its variants at {@code scope}, each variant's keys at {@code scope.<variant>}. */
    private static void typed(List<Option> r, String scope, JsonNode variants) {
        add(r, scope, new ArrayList<>(names(variants)));
        for (Map.Entry<String, JsonNode> v : fields(variants)) {
            add(r, scope + "." + v.getKey(), strings(v.getValue()));
        }
    }

    private static void add(List<Option> r, String scope, List<String> names) {
        List<String> keys = names.stream().filter(n -> !n.equals("type")).toList();
        if (!keys.isEmpty()) {
            r.add(Option.ludwig(scope, String.join(" ", keys)));
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        node.fields().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode load() {
        try (InputStream in = LudwigSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path beside " + LudwigSchema.class);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
