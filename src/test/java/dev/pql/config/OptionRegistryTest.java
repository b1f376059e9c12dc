package dev.pql.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.config.encoders.EncoderSpec;
import dev.pql.config.encoders.EncoderSpecs;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The option registry and the config records agree: every registry option is a record component
 * with the same JSON name and every component is an option; every default passes its own checks.
 */
class OptionRegistryTest {
    private static final Set<String> SPECIAL = Set.of("input_features", "output_features", "defaults");
    /** Options no record binds: hyperopt is taken out of the tree before binding (Hyperopt.take). */
    private static final Set<String> NOT_BOUND = Set.of("hyperopt");

    @Test
    void registryAndRecordsAgree() {
        List<String> problems = new ArrayList<>();
        walk(ModelConfig.class, List.of(""), false, problems);
        walk(FeatureConfig.class, featureScopes(), false, problems);
        for (String section : List.of("preprocessing", "decoder", "loss")) {
            Class<?> type = component(FeatureConfig.class, section).getType();
            boolean typed = !section.equals("preprocessing");
            walk(type, typeScopes(section, typed), typed, problems);
        }
        // each encoder binds to its own record: its components are exactly the options of its scope
        for (EncoderSpec spec : EncoderSpecs.all()) {
            walk(spec.options(), List.of(spec.scope()), false, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void encoderVariantsComeOnlyFromTheEncoderSpecs() {
        for (FeatureType t : FeatureType.values()) {
            assertEquals(EncoderSpecs.names(t), Options.variants(t.ludwigName() + ".encoder"),
                    "encoders of " + t.ludwigName() + ": a variant line outside EncoderSpecs has no options record");
        }
    }

    @Test
    void everyTypedSectionHasOneDefault() {
        for (Option o : Options.all()) {
            if (o.role() == Option.Role.VARIANT) {
                long defaults = Options.variants(o.scope()).stream()
                        .filter(v -> Options.variant(o.scope(), v).isDefaultVariant()).count();
                assertEquals(1, defaults, o.scope() + " has " + defaults + " default variants");
            }
        }
    }

    @Test
    void everyVariantsDefaultsAreValid() {
        for (FeatureType t : FeatureType.values()) {
            for (String encoder : Options.variants(t.ludwigName() + ".encoder")) {
                resolves("{\"input_features\": [{\"name\": \"x\", \"type\": \"" + t.ludwigName() + "\", \"encoder\": "
                        + "{\"type\": \"" + encoder + "\"}}], \"output_features\": [{\"name\": \"y\", \"type\": \"binary\"}]}");
            }
            if (Options.isOutputType(t)) {
                for (String loss : Options.variants(t.ludwigName() + ".loss")) {
                    resolves("{\"input_features\": [{\"name\": \"x\", \"type\": \"number\"}], \"output_features\": "
                            + "[{\"name\": \"y\", \"type\": \"" + t.ludwigName() + "\", \"loss\": {\"type\": \"" + loss + "\"}}]}");
                }
            }
        }
        for (String optimizer : Options.variants("trainer.optimizer")) {
            resolves("{\"input_features\": [{\"name\": \"x\", \"type\": \"number\"}], \"output_features\": "
                    + "[{\"name\": \"y\", \"type\": \"number\"}], \"trainer\": {\"optimizer\": {\"type\": \"" + optimizer + "\"}}}");
        }
    }

    @Test
    void docsNameEveryScope() {
        String md = ConfigDocs.markdown();
        for (String scope : Options.scopes()) {
            for (Option o : Options.options(scope)) {
                assertTrue(md.contains("`" + o.name() + "`"), scope + "." + o.name() + " is not in the docs");
            }
        }
    }

    private static void resolves(String json) {
        ObjectNode tree = ConfigMapper.parse(json, "test");
        Defaults.fill(tree);
        ConfigValidator.validate(tree, null);
        assertNotNull(ConfigMapper.bind(tree), json);
    }

    /** Checks one record against the options of {@code scopes}, and its section components recursively. */
    private static void walk(Class<?> record, List<String> scopes, boolean typed, List<String> problems) {
        Map<String, Option> options = new LinkedHashMap<>();
        scopes.forEach(s -> Options.options(s).forEach(o -> options.putIfAbsent(o.name(), o)));
        Set<String> components = new LinkedHashSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            components.add(c.getAccessor().getAnnotation(JsonProperty.class).value());
        }
        for (String name : options.keySet()) {
            if (!components.contains(name) && !NOT_BOUND.contains(name)) {
                problems.add(record.getSimpleName() + " has no component \"" + name + "\" for option " + scopes);
            }
        }
        for (String name : components) {
            if (!options.containsKey(name) && !(typed && name.equals("type"))) {
                problems.add(record.getSimpleName() + "." + name + " is not an option of any of " + scopes);
            }
        }
        if (record == FeatureConfig.class) {
            return; // its sections are per feature type: checked by the caller
        }
        for (Option o : options.values()) {
            if ((o.kind() == Option.Kind.SECTION || o.kind() == Option.Kind.TYPED) && !SPECIAL.contains(o.name())
                    && components.contains(o.name())) {
                String child = o.scope().isEmpty() ? o.name() : o.scope() + "." + o.name();
                List<String> childScopes = o.kind() == Option.Kind.TYPED
                        ? Options.variants(child).stream().map(v -> child + "." + v).toList()
                        : child.equals("trainer") ? List.of(child, GbmOptions.SCOPE) : List.of(child);
                walk(component(record, o.name()).getType(), childScopes, o.kind() == Option.Kind.TYPED, problems);
            }
        }
    }

    private static List<String> featureScopes() {
        List<String> scopes = new ArrayList<>(List.of("input", "output"));
        for (FeatureType t : FeatureType.values()) {
            scopes.add("input." + t.ludwigName());
            scopes.add("output." + t.ludwigName());
        }
        return scopes;
    }

    private static List<String> typeScopes(String section, boolean typed) {
        List<String> scopes = new ArrayList<>();
        for (FeatureType t : FeatureType.values()) {
            String scope = t.ludwigName() + "." + section;
            if (typed) {
                Options.variants(scope).forEach(v -> scopes.add(scope + "." + v));
            } else {
                scopes.add(scope);
            }
        }
        return scopes;
    }

    private static RecordComponent component(Class<?> record, String json) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getAccessor().getAnnotation(JsonProperty.class).value().equals(json)) {
                return c;
            }
        }
        fail(record.getSimpleName() + " has no " + json);
        return null;
    }

}
