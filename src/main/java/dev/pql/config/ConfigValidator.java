package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.error.Suggestions;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a config tree against the option registry ({@link Options}): every key known, every value
 * of the right kind and in range, feature names unique, metrics valid for the output type, columns
 * present in the data. Each error names its path and what is allowed, with a "did you mean"; an
 * option Ludwig has and PQL does not yet is reported as such (NOT_SUPPORTED), never as a typo.
 *
 * <p>HOW TO ADD A CHECK: a value check belongs on the option's line in {@link TrainingOptions} or
 * {@link FeatureOptions} (see {@link Check}); only rules that span several options live here.
 */
public final class ConfigValidator {
    private static final java.util.Set<FeatureType> GBM_INPUTS = java.util.EnumSet.of(FeatureType.NUMBER,
            FeatureType.BINARY, FeatureType.CATEGORY, FeatureType.DATE, FeatureType.VECTOR, FeatureType.SET, FeatureType.BAG,
            FeatureType.TEXT, FeatureType.SEQUENCE);
    private static final java.util.Set<FeatureType> GBM_OUTPUTS = java.util.EnumSet.of(FeatureType.NUMBER,
            FeatureType.BINARY, FeatureType.CATEGORY);

    /** Encoders PQL implements, per input type (the model stage's registry must match). */
    public static final Map<FeatureType, List<String>> ENCODERS = encoders();

    private final SectionChecks checks;
    private final ConfigProblems problems;

    /** The config being checked. */
    private ObjectNode root;

    /** model_type gbm: trees read and predict fewer types than the neural network. */
    private boolean gbm;
    /** model_type auto: its families (trees among them) predict one number, binary or category output. */
    private boolean auto;

    private ConfigValidator(List<String> columns) {
        this.checks = new SectionChecks(columns);
        this.problems = checks.problems;
    }

    /** Validates a bound config (a stored one, or one after overrides). */
    public static void validate(ModelConfig c) {
        validate(ConfigMapper.toTree(c), null);
    }

    /** Validates a config tree; {@code columns} (nullable) are the data's, for the checks against it. */
    public static void validate(ObjectNode root, List<String> columns) {
        ConfigValidator v = new ConfigValidator(columns);
        v.root(root);
        v.problems.throwIfAny();
    }

    /** Whether model_type gbm (and auto's gbm candidates) predicts outputs of this type ({@code train/OutputKind.gbmObjective}). */
    public static boolean gbmPredicts(FeatureType type) {
        return GBM_OUTPUTS.contains(type);
    }

    /** The metrics an output type reports; {@code loss} is always valid. */
    public static List<String> metricsFor(FeatureType type) {
        return Options.metrics(type);
    }

    private void root(ObjectNode root) {
        this.root = root;
        for (JsonNode f : root.path("output_features")) {
            FeatureType t = Defaults.typeOf(f);
            if (t != null) {
                checks.outputTypes.add(t);
            }
        }
        gbm = Options.isGbm(root);
        auto = "auto".equals(root.path("model_type").asText());
        checks.section(root, List.of(""), "", null);
        CombinerChecks.check(root, problems);
        if (root.has("defaults") && !root.get("defaults").isNull()) {
            defaults(root.get("defaults"), "defaults");
        }
        Map<String, String> names = new HashMap<>();
        features(root.get("input_features"), "input", names);
        features(root.get("output_features"), "output", names);
    }

    private void features(JsonNode list, String role, Map<String, String> names) {
        String path = role + "_features";
        if (list == null || list.isNull() || (list.isArray() && list.isEmpty())) {
            problems.invalid(path, "is empty; a model " + (role.equals("input") ? "reads" : "predicts")
                    + " at least one feature");
            return;
        }
        if (!list.isArray()) {
            problems.invalid(path, "must be a list of features, got " + list);
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            feature(list.get(i), role, path + "[" + i + "]", names);
        }
        if (role.equals("output") && list.size() > 1) {
            severalOutputs(list.size(), path);
        }
    }

    /**
     * Several output features train one network with a decoder per output (Ludwig's ECD); trees
     * and k-fold bagging are per output, so they refuse them.
     */
    private void severalOutputs(int outputs, String path) {
        if (auto) {
            problems.notSupported(path, "model_type auto with several output features (" + outputs + ") is not "
                    + "supported: its trees train one output per model; use model_type ecd.");
        } else if (gbm) {
            problems.notSupported(path, "model_type gbm with several output features (" + outputs + ") is not "
                    + "supported: LightGBM trains one output per model (Ludwig's gbm too); use model_type ecd, or one "
                    + "gbm model per target.");
        } else if (root.path("trainer").path("folds").asInt(1) > 1) {
            problems.notSupported("trainer.folds", "k-fold bagging (folds " + root.path("trainer").path("folds").asInt()
                    + ") of a model with several output features (" + outputs + ") is not supported by PQL yet; "
                    + "set trainer.folds = 1.");
        }
    }

    private void feature(JsonNode f, String role, String path, Map<String, String> names) {
        if (!f.isObject()) {
            problems.invalid(path, "must be a feature (name: ..., type: ...), got " + f);
            return;
        }
        JsonNode name = f.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            problems.invalid(path + ".name", name == null || name.isNull() ? "is missing" : "must be a non-empty string");
        } else {
            String previous = names.putIfAbsent(name.asText().toLowerCase(Locale.ROOT), path);
            if (previous != null) {
                problems.invalid(path + ".name", "'" + name.asText() + "' is already the name of " + previous
                        + "; feature names are unique");
            }
        }
        FeatureType type = featureType(f.get("type"), role, path + ".type");
        if (gbm && type != null && !(role.equals("input") ? GBM_INPUTS : GBM_OUTPUTS).contains(type)) {
            problems.invalid(path + ".type", "model_type gbm cannot " + (role.equals("input") ? "read" : "predict") + " "
                    + type.ludwigName() + " features; trees " + (role.equals("input") ? "read number, binary, category, "
                    + "date, vector, set, bag, text and sequence features: leave this one out (GIVEN * EXCEPT (...))"
                    : "predict number, binary and category features") + ", or use model_type ecd.");
        }
        if (auto && role.equals("output") && type != null && !GBM_OUTPUTS.contains(type)) {
            problems.invalid(path + ".type", "model_type auto predicts number, binary and category features, not "
                    + type.ludwigName() + "; use model_type ecd.");
        }
        checks.inOutput = role.equals("output");
        checks.section(f, type == null ? List.of(role) : List.of(role, role + "." + type.ludwigName()), path,
                type == null ? "?" : type.ludwigName());
        checks.inOutput = false;
        if (role.equals("output") && type != null && f.path("preprocessing").path("missing_value_strategy").isTextual()) {
            outputMissingValues(type, f.path("preprocessing").path("missing_value_strategy").asText(),
                    path + ".preprocessing.missing_value_strategy");
        }
    }

    /** Outputs drop rows without a target, or fill them by one of Ludwig's strategies that fits the type. */
    private void outputMissingValues(FeatureType type, String s, String path) {
        List<String> fits = switch (type) {
            case NUMBER -> List.of("drop_row", "fill_with_const", "fill_with_mode", "fill_with_mean");
            case BINARY -> List.of("drop_row", "fill_with_mode", "fill_with_false", "fill_with_true");
            default -> List.of("drop_row", "fill_with_const", "fill_with_mode");
        };
        if (fits.contains(s)) {
            return;
        }
        if (List.of("bfill", "ffill", "fill_with_const", "fill_with_mean", "fill_with_false", "fill_with_true").contains(s)) {
            problems.notSupported(path, "'" + s + "' is valid in Ludwig for outputs but not supported by PQL yet; PQL has "
                    + String.join(", ", fits) + ".");
        } else {
            problems.invalid(path, "'" + s + "' is not a strategy for " + type.ludwigName() + " outputs; they have "
                    + String.join(", ", fits) + "." + Suggestions.didYouMean(s, fits));
        }
    }

    /** The feature's type, or null after reporting why it is missing, unknown or not supported in this role. */
    private FeatureType featureType(JsonNode t, String role, String path) {
        List<String> pql = Options.types(role.equals("input"));
        if (t == null || t.isNull()) {
            problems.invalid(path, "is missing; one of " + String.join(", ", pql));
            return null;
        }
        FeatureType type = t.isTextual() ? Defaults.typeNamed(t.asText()) : null;
        String what = t.asText();
        if (type == null && !FeatureOptions.LUDWIG_TYPES.contains(what)) {
            problems.invalid(path, "unknown feature type '" + what + "'; " + (role.equals("input") ? "inputs" : "outputs")
                    + " are " + String.join(", ", pql) + "." + Suggestions.didYouMean(what, FeatureOptions.LUDWIG_TYPES));
            return null;
        }
        if (type == null || !pql.contains(type.ludwigName())) {
            problems.notSupported(path, what + " " + role + " features are valid in Ludwig but not supported by PQL yet; "
                    + "PQL " + (role.equals("input") ? "reads " : "predicts ") + String.join(", ", pql) + ".");
            return null;
        }
        return type;
    }

    /** {@code defaults.<type>.<preprocessing|encoder|decoder|loss>}: checked as the features' own sections. */
    private void defaults(JsonNode d, String path) {
        if (!d.isObject()) {
            problems.invalid(path, "must be a section of feature types (text: {...}, ...), got " + d);
            return;
        }
        for (Map.Entry<String, JsonNode> e : SectionChecks.fields(d)) {
            String at = path + "." + e.getKey();
            FeatureType type = Defaults.typeNamed(e.getKey());
            if (type == null) {
                List<String> types = Arrays.stream(FeatureType.values()).map(FeatureType::ludwigName).toList();
                if (FeatureOptions.LUDWIG_TYPES.contains(e.getKey())) {
                    problems.notSupported(at, e.getKey() + " features are valid in Ludwig but not supported by PQL yet.");
                } else {
                    problems.invalid(at, "unknown feature type '" + e.getKey() + "'; allowed: " + String.join(", ", types)
                            + "." + Suggestions.didYouMean(e.getKey(), FeatureOptions.LUDWIG_TYPES));
                }
                continue;
            }
            String t = type.ludwigName();
            for (Map.Entry<String, JsonNode> s : SectionChecks.fields(e.getValue())) {
                String sp = at + "." + s.getKey();
                String scope = t + "." + s.getKey();
                if (s.getKey().equals("preprocessing")) {
                    checks.value(Options.option("input", "preprocessing"), s.getValue(), sp, scope);
                } else if (List.of("encoder", "decoder", "loss").contains(s.getKey()) && s.getValue().isObject()
                        && !s.getValue().has("type")) {
                    untypedDefaults(s.getValue(), scope, sp);
                } else if (List.of("encoder", "decoder", "loss").contains(s.getKey())) {
                    checks.value(Options.option(s.getKey().equals("encoder") ? "input" : "output", s.getKey()), s.getValue(), sp,
                            scope);
                } else {
                    problems.invalid(sp, "unknown section '" + s.getKey() + "'; allowed: preprocessing, encoder, "
                            + "decoder, loss." + Suggestions.didYouMean(s.getKey(), List.of("preprocessing", "encoder",
                            "decoder", "loss")));
                }
            }
        }
    }

    /** A defaults section without a type: each option must belong to some variant of the type. */
    private void untypedDefaults(JsonNode node, String scope, String path) {
        for (Map.Entry<String, JsonNode> e : SectionChecks.fields(node)) {
            Option o = Options.variants(scope).stream().map(v -> Options.option(scope + "." + v, e.getKey()))
                    .filter(x -> x != null).findFirst().orElse(null);
            if (o == null) {
                checks.unknown(scope + "." + Options.defaultVariant(scope), e.getKey(), path + "." + e.getKey());
            } else {
                // as in a typed section: a whole number for a FLOAT option is stored as the float it means
                checks.value(o, SectionChecks.asKind(o, (ObjectNode) node, e.getKey()), path + "." + e.getKey(), null);
            }
        }
    }

    private static Map<FeatureType, List<String>> encoders() {
        Map<FeatureType, List<String>> m = new EnumMap<>(FeatureType.class);
        for (FeatureType t : FeatureType.values()) {
            m.put(t, Options.variants(t.ludwigName() + ".encoder"));
        }
        return m;
    }
}
