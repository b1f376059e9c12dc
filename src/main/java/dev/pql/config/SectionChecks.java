package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.error.ErrorCode;
import dev.pql.error.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generic half of validation: walks a section of a config tree against the option registry,
 * checking every key, value kind, check, nested section and typed section's variant, and collects
 * the problems with their paths. {@link ConfigValidator} adds the rules for features and defaults.
 */
final class SectionChecks {
    /** Root keys whose values {@link ConfigValidator} checks itself. */
    static final Set<String> ROOT_LISTS = Set.of("input_features", "output_features", "defaults");

    /** Ludwig sections PQL cannot run yet, said in their own words rather than as one more unknown option. */
    private static final Map<String, String> SPECIAL = Map.of(
            "hyperopt", "hyperparameter search (Ludwig's hyperopt section) runs in CREATE MODEL only (HYPEROPT or a "
                    + "hyperopt section in CONFIG); RETRAIN trains a version's chosen config again without searching.",
            "backend", "only the local backend is supported by PQL yet (Ludwig's backend: {type: local}); remove the "
                    + "section to train on this machine.");

    final ConfigProblems problems = new ConfigProblems();
    private final List<String> columns;
    /** The output types, for the metrics a validation_metric may name. */
    final Set<FeatureType> outputTypes = new LinkedHashSet<>();
    /** True while walking an output feature, whose missing_value_strategy has its own rule. */
    boolean inOutput;

    SectionChecks(List<String> columns) {
        this.columns = columns;
    }

    /** Checks every key of a section against the options of {@code scopes} (the first is the section's own). */
    void section(JsonNode node, List<String> scopes, String path, String featureType) {
        for (Map.Entry<String, JsonNode> e : fields(node)) {
            String key = e.getKey();
            String at = path.isEmpty() ? key : path + "." + key;
            Option o = scopes.stream().map(s -> Options.option(s, key)).filter(x -> x != null).findFirst().orElse(null);
            if (o == null) {
                if (!(key.equals("type") && featureType == null && isVariantScope(scopes.get(0)))) {
                    unknown(scopes, key, at);
                }
            } else if (inOutput && key.equals("missing_value_strategy") && scopes.get(0).endsWith(".preprocessing")) {
                continue; // checked by feature(): outputs always drop rows without a target
            } else if ("?".equals(featureType) && (o.kind() == Option.Kind.SECTION || o.kind() == Option.Kind.TYPED)) {
                continue; // the feature's type is unknown (reported), so are the options of its sections
            } else if (scopes.get(0).isEmpty() && SPECIAL.containsKey(key)) {
                problems.notSupported(at, SPECIAL.get(key)); // a search only where CREATE MODEL takes it out first
            } else if (scopes.get(0).isEmpty() && ROOT_LISTS.contains(key)) {
                continue; // checked by ConfigValidator: features and the defaults section have their own rules
            } else if (scopes.get(0).isEmpty() && Options.rootSection(node, key) == null) {
                problems.invalid(at, "model_type gbm has no " + key + " (trees read the features directly); remove "
                        + "the section, or use model_type ecd.");
            } else {
                value(o, asKind(o, (ObjectNode) node, key), at, featureType != null ? featureType + "." + key
                        : scopes.get(0).isEmpty() ? Options.rootSection(node, key) : scopes.get(0) + "." + key);
            }
        }
    }

    /**
     * A whole number where a FLOAT option is expected becomes a float, in the tree: the stored
     * config then says 1.0 whether the value came from YAML, JSON or a WITH literal.
     */
    static JsonNode asKind(Option o, ObjectNode node, String key) {
        JsonNode v = node.get(key);
        if (o.kind() == Option.Kind.FLOAT && v.isIntegralNumber()) {
            node.put(key, v.asDouble());
        } else if (o.kind() == Option.Kind.FLOAT_LIST && v.isArray() && all(v, JsonNode::isNumber)) {
            com.fasterxml.jackson.databind.node.ArrayNode a = node.putArray(key);
            v.forEach(x -> a.add(x.asDouble()));
        }
        return node.get(key);
    }

    void value(Option o, JsonNode v, String path, String childScope) {
        if (v.isNull()) {
            return; // null asks for the default
        }
        String wrong = switch (o.kind()) {
            case SECTION, TYPED -> v.isObject() ? null : "must be a section (key: value, ...)";
            case INT -> v.isIntegralNumber() ? null : "must be an integer";
            case FLOAT -> v.isNumber() ? null : "must be a number";
            case BOOL -> v.isBoolean() ? null : "must be true or false";
            case STRING, COLUMN, METRIC -> v.isTextual() ? null : "must be a string";
            case INT_LIST -> v.isArray() && all(v, JsonNode::isIntegralNumber) ? null : "must be a list of integers";
            case STRING_LIST -> v.isArray() && all(v, JsonNode::isTextual) ? null : "must be a list of strings";
            case FLOAT_LIST -> v.isArray() && all(v, JsonNode::isNumber) ? null : "must be a list of numbers";
            case SCALAR -> v.isValueNode() ? null : "must be a string, number or boolean";
            case LAYERS -> v.isArray() && all(v, JsonNode::isObject) ? null
                    : "must be a list of layers ([{output_size: 64}, {output_size: 32, dropout: 0.1}])";
            case PATHS -> v.isObject() ? null : "must be a section of config paths";
            case NONE -> null;
        };
        if (wrong != null) {
            problems.invalid(path, wrong + ", got " + v);
            return;
        }
        switch (o.kind()) {
            case SECTION -> section(v, List.of(childScope), path, null);
            case TYPED -> typed(v, childScope, path);
            case COLUMN -> column(v.asText(), path);
            case METRIC -> metric(v.asText(), path);
            default -> {
                Check.Problem p = o.check().test(v);
                if (p != null) {
                    problems.add(p.code(), path, p.message());
                }
            }
        }
    }

    /** A typed section: its type must be a variant; its other keys are that variant's options. */
    void typed(JsonNode node, String scope, String path) {
        JsonNode t = node.get("type");
        List<String> variants = Options.variants(scope);
        if (t == null || t.isNull()) {
            if (Options.defaultVariant(scope) == null) {
                problems.invalid(path + ".type", "is missing; one of " + String.join(", ", variants));
            }
            return;
        }
        String type = t.asText();
        if (!t.isTextual() || Options.variant(scope, type) == null) {
            if (t.isTextual() && Options.ludwigOnly(scope).contains(type)) {
                problems.notSupported(path + ".type", "'" + type + "' (" + words(scope) + ") is valid in Ludwig but not "
                        + "supported by PQL yet; PQL has " + String.join(", ", variants) + ".");
                Set<String> known = Options.ludwigOnly(scope + "." + type);
                if (node.path("column").isTextual()) {
                    column(node.path("column").asText(), path + ".column"); // a wrong column is wrong in Ludwig too
                }
                for (Map.Entry<String, JsonNode> e : fields(node)) {
                    if (!e.getKey().equals("type") && !known.contains(e.getKey()) && !supportedByAny(scope, e.getKey())) {
                        problems.unknownKey(path + "." + e.getKey(), "Ludwig's " + type + " " + words(scope)
                                + " has no such option." + Suggestions.didYouMean(e.getKey(), known));
                    }
                }
            } else {
                List<String> all = new ArrayList<>(variants);
                all.addAll(Options.ludwigOnly(scope));
                problems.invalid(path + ".type", "unknown " + words(scope) + " '" + type + "'; allowed: "
                        + String.join(", ", variants) + "." + Suggestions.didYouMean(type, all));
            }
            return;
        }
        section(node, List.of(scope + "." + type), path, null);
    }

    void unknown(String scope, String key, String path) {
        unknown(List.of(scope), key, path);
    }

    void unknown(List<String> scopes, String key, String path) {
        List<String> allowed = new ArrayList<>();
        Set<String> ludwig = new LinkedHashSet<>();
        for (String scope : scopes) {
            Options.options(scope).forEach(o -> allowed.add(o.name()));
            ludwig.addAll(Options.ludwigOnly(scope));
        }
        if (isVariantScope(scopes.get(0))) {
            allowed.add(0, "type");
        }
        String here = allowed.isEmpty() ? "PQL has no options here." : "PQL's options here: " + String.join(", ", allowed) + ".";
        if (SPECIAL.containsKey(path)) {
            problems.notSupported(path, SPECIAL.get(path));
        } else if (scopes.get(0).equals(GbmOptions.SCOPE) && Options.option("trainer", key) != null) {
            problems.invalid(path, "'" + key + "' is an option of the neural trainer (model_type ecd); gradient-boosted "
                    + "trees (model_type gbm) train num_boost_round rounds instead. " + here);
        } else if (ludwig.contains(key)) {
            problems.notSupported(path, "Ludwig's " + owner(scopes.get(0)) + " option '" + key + "' is not supported by "
                    + "PQL yet; " + here);
        } else {
            List<String> candidates = new ArrayList<>(allowed);
            candidates.addAll(ludwig);
            problems.unknownKey(path, (allowed.isEmpty() ? "this section takes no options."
                    : "allowed here: " + String.join(", ", allowed) + ".") + Suggestions.didYouMean(key, candidates));
        }
    }

    void column(String column, String path) {
        if (columns != null && columns.stream().noneMatch(c -> c.equalsIgnoreCase(column))) {
            problems.add(ErrorCode.COLUMN_NOT_FOUND, path, "column '" + column + "' is not in the data; its columns are "
                    + String.join(", ", columns) + "." + Suggestions.didYouMean(column, columns));
        }
    }

    void metric(String metric, String path) {
        for (FeatureType t : outputTypes) {
            List<String> allowed = Options.metrics(t);
            if (allowed.contains(metric)) {
                continue;
            }
            if (FeatureOptions.LUDWIG_METRICS.contains(metric)) {
                problems.notSupported(path, "metric '" + metric + "' is valid in Ludwig but PQL does not compute it yet; "
                        + t.ludwigName() + " outputs have " + String.join(", ", allowed) + ".");
            } else {
                problems.invalid(path, "'" + metric + "' is not a metric of " + t.ludwigName() + " outputs; they have "
                        + String.join(", ", allowed) + "." + Suggestions.didYouMean(metric, allowed));
            }
        }
    }

    private static boolean supportedByAny(String scope, String key) {
        return Options.variants(scope).stream().anyMatch(v -> Options.option(scope + "." + v, key) != null);
    }

    private static boolean isVariantScope(String optionScope) {
        int dot = optionScope.lastIndexOf('.');
        return dot > 0 && Options.variant(optionScope.substring(0, dot), optionScope.substring(dot + 1)) != null;
    }

    /** Who owns the options of a scope: "combiner.tabnet" reads as "tabnet combiner", "trainer" as "trainer". */
    private static String owner(String scope) {
        int dot = scope.lastIndexOf('.');
        if (isVariantScope(scope)) {
            return scope.substring(dot + 1) + " " + words(scope.substring(0, dot));
        }
        return scope.isEmpty() ? "top-level" : words(scope);
    }

    /** "text.encoder" reads as "text encoder"; "trainer.optimizer" as "optimizer". */
    private static String words(String scope) {
        return scope.replace("trainer.", "").replace("preprocessing.split", "split").replace('.', ' ');
    }

    private static boolean all(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode e : array) {
            if (!test.test(e)) {
                return false;
            }
        }
        return true;
    }

    static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        node.fields().forEachRemaining(out::add);
        return out;
    }
}
