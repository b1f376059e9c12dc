package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.error.PqlException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Fills a config tree with defaults, in Ludwig's layers: a feature's own settings win over the
 * config's {@code defaults.<type>} section, which wins over the field defaults of the option
 * registry ({@link Options}). Nothing that is set is overwritten.
 *
 * <p>HOW TO ADD A DEFAULT: defaults are not written here; each option's default is on its line in
 * {@link TrainingOptions} or {@link FeatureOptions}, or, for an encoder's option, in its options
 * record ({@link dev.pql.config.encoders.EncoderSpecs}).
 */
public final class Defaults {
    /** Output features drop rows without a target: a row without a label cannot teach anything. */
    static final Map<String, Object> OUTPUT_PREPROCESSING = Map.of("missing_value_strategy", "drop_row");

    private Defaults() {
    }

    /** Fills every unset option of a config tree; features of unknown type are left for the validator. */
    public static void fill(ObjectNode config) {
        section(config, "");
        JsonNode defaults = config.get("defaults");
        for (String role : List.of("input", "output")) {
            JsonNode features = config.get(role + "_features");
            if (features != null && features.isArray()) {
                for (JsonNode f : features) {
                    if (f instanceof ObjectNode o) {
                        boolean ownEncoder = o.has("encoder");
                        feature(o, role, defaults);
                        if (Options.isGbm(config) && !ownEncoder) {
                            o.remove("encoder"); // trees read the preprocessed values, through no encoder
                        }
                    }
                }
            }
        }
    }

    /** Fills one feature: its type's defaults section first, then the field defaults. */
    static void feature(ObjectNode f, String role, JsonNode defaultsSection) {
        FeatureType type = typeOf(f);
        if (type == null) {
            return;
        }
        JsonNode d = defaultsSection == null ? null : defaultsSection.get(type.ludwigName());
        if (d != null && d.isObject()) {
            applyDefaultsSection(f, role, type, d);
        }
        if (role.equals("output") && !f.path("preprocessing").isValueNode()) {
            ObjectNode pp = child(f, "preprocessing");
            OUTPUT_PREPROCESSING.forEach((k, v) -> {
                if (pp.path(k).isMissingNode() || pp.path(k).isNull()) {
                    pp.set(k, Lowering.node(v));
                }
            });
        }
        options(f, role, type.ludwigName());
        options(f, role + "." + type.ludwigName(), type.ludwigName());
    }

    /** Ludwig's second layer: {@code defaults.<type>.<section>} fills what the feature leaves unset. */
    private static void applyDefaultsSection(ObjectNode f, String role, FeatureType type, JsonNode d) {
        String t = type.ludwigName();
        JsonNode pp = d.get("preprocessing");
        if (pp != null && pp.isObject() && !f.path("preprocessing").isValueNode()) {
            mergeSupported(child(f, "preprocessing"), pp, t + ".preprocessing");
        }
        for (String section : role.equals("input") ? List.of("encoder") : List.of("decoder", "loss")) {
            JsonNode ds = d.get(section);
            JsonNode existing = f.get(section);
            if (ds == null || !ds.isObject() || (existing != null && !existing.isNull() && !existing.isObject())) {
                continue;
            }
            String scope = t + "." + section;
            String own = existing == null ? null : existing.path("type").textValue();
            String given = ds.path("type").textValue();
            String effective = own != null ? own : given != null ? given : Options.defaultVariant(scope);
            if (given != null && !given.equals(effective)) {
                continue; // the defaults describe another encoder than the one this feature uses
            }
            ObjectNode target = child(f, section);
            if (own == null && given != null) {
                target.put("type", given);
            }
            mergeSupported(target, ds, scope + "." + effective);
        }
    }

    /** Copies the options of {@code from} that {@code scope} supports and {@code into} lacks. */
    private static void mergeSupported(ObjectNode into, JsonNode from, String scope) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = into.get(e.getKey());
            if (Options.option(scope, e.getKey()) != null && (existing == null || existing.isNull())) {
                into.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    /** Fills the options of {@code scope} in {@code node}; a feature's sections live at {@code <type>.<name>}. */
    private static void options(ObjectNode node, String scope, String featureType) {
        for (Option o : Options.options(scope)) {
            JsonNode v = node.get(o.name());
            boolean unset = v == null || v.isNull();
            if (o.kind() == Option.Kind.SECTION || o.kind() == Option.Kind.TYPED) {
                if (o.defaultValue() == null || (!unset && !v.isObject())) {
                    continue; // not filled in (input_features, defaults), or a wrong value the validator reports
                }
                String childScope = featureType != null ? featureType + "." + o.name()
                        : scope.isEmpty() ? Options.rootSection(node, o.name()) : scope + "." + o.name();
                if (childScope == null) {
                    continue; // a section this model type does not have (gbm: combiner)
                }
                ObjectNode child = child(node, o.name());
                if (o.kind() == Option.Kind.TYPED) {
                    typed(child, childScope);
                } else {
                    section(child, childScope);
                }
            } else if (unset && o.defaultValue() != null) {
                node.set(o.name(), Lowering.node(o.defaultValue()));
            }
        }
    }

    private static void section(ObjectNode node, String scope) {
        options(node, scope, null);
    }

    private static void typed(ObjectNode node, String scope) {
        if (node.path("type").isMissingNode() || node.path("type").isNull()) {
            String type = Options.defaultVariant(scope);
            if (type == null) {
                return;
            }
            node.put("type", type);
        }
        String type = node.path("type").asText();
        if (Options.variant(scope, type) != null) {
            section(node, scope + "." + type);
        }
    }

    /** The object at {@code key}, created when absent or null. */
    private static ObjectNode child(ObjectNode node, String key) {
        JsonNode c = node.get(key);
        return c instanceof ObjectNode o ? o : node.putObject(key);
    }

    /** The feature's type, or null when it is missing or unknown (the validator says which). */
    static FeatureType typeOf(JsonNode feature) {
        JsonNode t = feature.get("type");
        return t == null || !t.isTextual() ? null : typeNamed(t.asText());
    }

    /** The type of a Ludwig name, or null when PQL has no such type. */
    static FeatureType typeNamed(String name) {
        try {
            return FeatureType.of(name);
        } catch (PqlException e) {
            return null;
        }
    }

    /** Copies into {@code target} every field of {@code defaults} that it lacks, recursively. */
    static void merge(ObjectNode target, JsonNode defaults) {
        for (Iterator<Map.Entry<String, JsonNode>> it = defaults.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = target.get(e.getKey());
            if (existing == null || existing.isNull()) {
                target.set(e.getKey(), e.getValue().deepCopy());
            } else if (existing instanceof ObjectNode o && e.getValue().isObject()) {
                merge(o, e.getValue());
            }
        }
    }
}
