package dev.pql.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The option registry: every option PQL supports, its variants and the names Ludwig has beyond
 * them, indexed by scope. One registry drives defaults ({@link Defaults}), validation
 * ({@link ConfigValidator}) and the reference in docs/config.md ({@link ConfigDocs}).
 *
 * <p>The lines live in {@link TrainingOptions} (top level, combiner, trainer, split) and
 * {@link FeatureOptions} (features, preprocessing, decoders, losses) and their neighbours; each
 * encoder's lines come from its options record ({@link dev.pql.config.encoders.EncoderSpecs}). To add
 * an option, add a line there (see the note at the top of each).
 */
public final class Options {
    private static final List<Option> ALL = Stream.of(TrainingOptions.ROWS, FeatureOptions.ROWS, ZooOptions.ROWS, GbmOptions.ROWS, ImageOptions.ROWS,
            ParityOptions.ROWS, HyperoptOptions.ROWS, dev.pql.config.encoders.EncoderSpecs.ROWS, LudwigSchema.ROWS)
            .flatMap(List::stream).toList();
    private static final Map<String, Map<String, Option>> OPTIONS = new LinkedHashMap<>();
    private static final Map<String, Map<String, Option>> VARIANTS = new LinkedHashMap<>();
    private static final List<Option> LUDWIG = new ArrayList<>();

    static {
        for (Option o : ALL) {
            switch (o.role()) {
                case OPTION -> OPTIONS.computeIfAbsent(o.scope(), s -> new LinkedHashMap<>()).put(o.name(), o);
                case VARIANT -> VARIANTS.computeIfAbsent(o.scope(), s -> new LinkedHashMap<>()).put(o.name(), o);
                default -> LUDWIG.add(o);
            }
        }
    }

    private Options() {
    }

    /**
     * The registry scope of the root section {@code key} of a config: with {@code model_type: gbm}
     * the trainer is the gbm trainer ({@link GbmOptions}) and there is no combiner (null).
     */
    static String rootSection(com.fasterxml.jackson.databind.JsonNode root, String key) {
        if (!isGbm(root)) {
            return key;
        }
        return switch (key) {
            case "trainer" -> GbmOptions.SCOPE;
            case "combiner" -> null;
            default -> key;
        };
    }

    /** True when a config tree asks for gradient-boosted trees. */
    static boolean isGbm(com.fasterxml.jackson.databind.JsonNode root) {
        return "gbm".equals(root.path("model_type").asText());
    }

    /** Every registry line, in definition order. */
    public static List<Option> all() {
        return ALL;
    }

    /** The supported option {@code name} at {@code scope}, or null. */
    public static Option option(String scope, String name) {
        return OPTIONS.getOrDefault(scope, Map.of()).get(name);
    }

    /** The supported options at {@code scope}, in definition order. */
    public static List<Option> options(String scope) {
        return List.copyOf(OPTIONS.getOrDefault(scope, Map.of()).values());
    }

    /** The supported types of the typed section at {@code scope} (encoders of {@code text.encoder}, ...). */
    public static List<String> variants(String scope) {
        return List.copyOf(VARIANTS.getOrDefault(scope, Map.of()).keySet());
    }

    /** The variant used when a typed section gives no type, or null when it has none. */
    public static String defaultVariant(String scope) {
        return VARIANTS.getOrDefault(scope, Map.of()).values().stream().filter(Option::isDefaultVariant)
                .map(Option::name).findFirst().orElse(null);
    }

    /** The registry line of one variant, or null. */
    public static Option variant(String scope, String name) {
        return VARIANTS.getOrDefault(scope, Map.of()).get(name);
    }

    /** Names Ludwig has at {@code scope} that PQL does not support (supported names are never listed). */
    public static Set<String> ludwigOnly(String scope) {
        Set<String> out = new LinkedHashSet<>();
        for (Option o : LUDWIG) {
            if (matches(o.scope(), scope)) {
                out.addAll(o.names());
            }
        }
        out.removeIf(n -> option(scope, n) != null || variant(scope, n) != null);
        return out;
    }

    /** True when {@code key} is an option of some encoder (or decoder), in PQL or in Ludwig. */
    static boolean isModuleOption(String module, String key) {
        return ALL.stream().anyMatch(o -> o.role() != Option.Role.VARIANT && matches("*." + module + ".*", o.scope())
                && (o.role() == Option.Role.LUDWIG ? o.names().contains(key) : o.name().equals(key)));
    }

    /** Every scope that has options or variants, in definition order. */
    public static List<String> scopes() {
        Set<String> s = new LinkedHashSet<>();
        for (Option o : ALL) {
            if (o.role() != Option.Role.LUDWIG) {
                s.add(o.scope());
            }
        }
        return List.copyOf(s);
    }

    /** PQL reads features of this type (it has an encoder). */
    public static boolean isInputType(FeatureType t) {
        return !variants(t.ludwigName() + ".encoder").isEmpty();
    }

    /** PQL predicts features of this type (it has a decoder). */
    public static boolean isOutputType(FeatureType t) {
        return !variants(t.ludwigName() + ".decoder").isEmpty();
    }

    /** The types PQL reads, or predicts. */
    public static List<String> types(boolean input) {
        return Arrays.stream(FeatureType.values()).filter(t -> input ? isInputType(t) : isOutputType(t))
                .map(FeatureType::ludwigName).toList();
    }

    /** The metrics of an output type (loss first). */
    public static List<String> metrics(FeatureType t) {
        return FeatureOptions.METRICS.getOrDefault(t, List.of("loss"));
    }

    /** The metric that sums up a model of an output type: accuracy, r2, jaccard; loss for types without one. */
    public static String headline(FeatureType t) {
        return FeatureOptions.HEADLINE.getOrDefault(t, "loss");
    }

    /** A scope pattern with {@code *} segments matches a scope of as many segments. */
    private static boolean matches(String pattern, String scope) {
        String[] p = pattern.split("\\.", -1);
        String[] s = scope.split("\\.", -1);
        if (p.length != s.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (!p[i].equals("*") && !p[i].equals(s[i])) {
                return false;
            }
        }
        return true;
    }
}
