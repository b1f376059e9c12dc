package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A hyperparameter search, from Ludwig's {@code hyperopt} section and the HYPEROPT clause (the
 * clause's parameters win over the section's of the same path): the searched config paths, how many
 * trials, the search algorithm and what is optimised. Lowering takes the section out of the config
 * tree (a version's config is one trial's, without it) and keeps the user's tree, so that each
 * trial's config is lowered like a WITH override of the searched paths: defaults, validation, binding.
 */
public record Hyperopt(List<HyperoptSpace> parameters, int numSamples, String searchAlg, String metric, String goal,
                       ObjectNode user, List<String> columns) {
    /** Ludwig's default executor.num_samples. */
    public static final int DEFAULT_SAMPLES = 10;
    /** Search algorithms PQL runs: random sampling (Ludwig's variant_generator samples too) and the full grid. */
    static final List<String> SEARCH_ALGS = List.of("random", "variant_generator", "grid");
    /** Ludwig's model-based searches (Ray Tune's), valid in Ludwig but not run by PQL yet. */
    static final List<String> LUDWIG_SEARCH_ALGS = List.of("hyperopt", "bohb", "optuna", "ax", "bayesopt", "blendsearch",
            "cfo", "dragonfly", "hebo", "nevergrad", "skopt", "zoopt");
    private static final Set<String> KEYS = Set.of("parameters", "executor", "search_alg", "goal", "metric",
            "output_feature", "split");

    public Hyperopt {
        parameters = List.copyOf(parameters);
        columns = columns == null ? null : List.copyOf(columns);
    }

    /**
     * Removes the hyperopt section from {@code root} and reads it with the clause's parameters; null
     * when there is neither. Throws 42P10 naming the path for a malformed section, 0A000 for a
     * search PQL does not run.
     */
    static Hyperopt take(ObjectNode root, List<Ast.HyperoptParameter> clause, List<String> columns) {
        JsonNode section = root.remove("hyperopt");
        boolean none = section == null || section.isNull() || section.isObject() && section.isEmpty();
        if (none && clause.isEmpty()) {
            return null;
        }
        if (section != null && !section.isNull() && !section.isObject()) {
            throw HyperoptSpace.invalid("hyperopt", "must be a section (parameters: ..., executor: ...), got " + section);
        }
        ObjectNode h = none ? ConfigMapper.json().createObjectNode() : ((ObjectNode) section).deepCopy();
        for (Map.Entry<String, JsonNode> e : SectionChecks.fields(h)) {
            if (!KEYS.contains(e.getKey())) {
                throw new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config at 'hyperopt." + e.getKey()
                        + "': unknown key; allowed: " + String.join(", ", KEYS.stream().sorted().toList()) + "."
                        + dev.pql.error.Suggestions.didYouMean(e.getKey(), KEYS));
            }
        }
        JsonNode given = h.path("parameters");
        if (!given.isMissingNode() && !given.isNull() && !given.isObject()) {
            throw HyperoptSpace.invalid("hyperopt.parameters", "must be a section of path: {space: ...}, got " + given);
        }
        Map<String, JsonNode> specs = new LinkedHashMap<>();
        if (given.isObject()) {
            given.fields().forEachRemaining(e -> specs.put(e.getKey(), e.getValue()));
        }
        for (Ast.HyperoptParameter p : clause) {
            specs.keySet().removeIf(k -> k.equalsIgnoreCase(p.path()));
            specs.put(p.path(), clauseSpec(p));
        }
        if (specs.isEmpty()) {
            throw HyperoptSpace.invalid("hyperopt.parameters", "names no parameter; search at least one, e.g. "
                    + "trainer.learning_rate: {space: loguniform, lower: 0.0001, upper: 0.1}.");
        }
        List<HyperoptSpace> spaces = new ArrayList<>();
        specs.forEach((path, spec) -> spaces.add(HyperoptSpace.parse(path, spec, "hyperopt.parameters." + path)));
        JsonNode executor = h.path("executor");
        int samples = DEFAULT_SAMPLES;
        if (executor.has("num_samples")) {
            JsonNode n = executor.get("num_samples");
            if (!n.isIntegralNumber() || n.asInt() < 1) {
                throw HyperoptSpace.invalid("hyperopt.executor.num_samples", "must be an integer of at least 1, got " + n);
            }
            samples = n.asInt();
        }
        if (executor.has("scheduler")) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "hyperopt.executor.scheduler (early stopping of poor trials, "
                    + "e.g. successive halving) is not supported by PQL yet; remove it: every trial trains fully.");
        }
        String alg = h.path("search_alg").isObject() ? h.path("search_alg").path("type").asText("random")
                : h.path("search_alg").asText("random");
        alg = alg.toLowerCase(Locale.ROOT);
        if (LUDWIG_SEARCH_ALGS.contains(alg)) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "hyperopt.search_alg.type '" + alg + "' (a model-based "
                    + "search) is not supported by PQL yet; PQL has random and grid.");
        }
        if (!SEARCH_ALGS.contains(alg)) {
            throw HyperoptSpace.invalid("hyperopt.search_alg.type", "unknown search algorithm '" + alg + "'; PQL has "
                    + "random and grid." + dev.pql.error.Suggestions.didYouMean(alg, SEARCH_ALGS));
        }
        if (alg.equals("grid")) {
            for (HyperoptSpace s : spaces) {
                if (!s.listed()) {
                    throw HyperoptSpace.invalid("hyperopt.parameters." + s.path() + ".space", "search_alg grid needs "
                            + "listed values (choice or grid_search), got " + s.space() + ".");
                }
            }
        }
        String goal = text(h, "goal");
        if (goal != null && !goal.equals("minimize") && !goal.equals("maximize")) {
            throw HyperoptSpace.invalid("hyperopt.goal", "must be minimize or maximize, got '" + goal + "'.");
        }
        String split = text(h, "split");
        if (split != null && !split.equals("validation")) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "hyperopt.split '" + split + "' is not supported by PQL: "
                    + "trials are scored on held-out rows (the validation split, or out-of-fold with trainer.folds).");
        }
        return new Hyperopt(spaces, samples, alg.equals("variant_generator") ? "random" : alg, text(h, "metric"), goal,
                root.deepCopy(), columns);
    }

    /** The HYPEROPT clause's {@code LOGUNIFORM(0.0001, 0.1)} in Ludwig's shape. */
    private static JsonNode clauseSpec(Ast.HyperoptParameter p) {
        ObjectNode o = ConfigMapper.json().createObjectNode().put("space", p.space());
        List<Object> a = p.arguments();
        String at = "hyperopt.parameters." + p.path();
        List<String> names = switch (p.space()) {
            case "choice", "grid_search" -> null;
            case "uniform", "randint" -> List.of("lower", "upper");
            case "loguniform" -> List.of("lower", "upper", "base");
            case "quniform" -> List.of("lower", "upper", "q");
            case "qloguniform" -> List.of("lower", "upper", "q", "base");
            case "randn" -> List.of("mean", "sd");
            default -> List.of();
        };
        if (!HyperoptSpace.SPACES.contains(p.space())) {
            return o; // HyperoptSpace.parse names the unknown space and the known ones
        }
        if (names == null) {
            o.set(p.space().equals("choice") ? "categories" : "values", Lowering.node(a));
            return o;
        }
        int required = p.space().equals("randn") ? 0 : p.space().startsWith("q") ? 3 : 2;
        if (a.size() < required || a.size() > names.size()) {
            throw HyperoptSpace.invalid(at, p.space().toUpperCase(Locale.ROOT) + " takes (" + String.join(", ", names)
                    + ")" + (required < names.size() ? ", the last " + (names.size() - required) + " optional" : "")
                    + "; got " + a.size() + " argument(s) (at " + p.position() + ").");
        }
        for (int i = 0; i < a.size(); i++) {
            o.set(names.get(i), Lowering.node(a.get(i)));
        }
        return o;
    }

    private static String text(ObjectNode h, String key) {
        JsonNode v = h.get(key);
        return v == null || v.isNull() ? null : v.asText().toLowerCase(Locale.ROOT);
    }

    /**
     * Checks that the config takes every searched path and the values each space can give (every
     * listed value, or its bounds), and that the metric is one the output has; errors name
     * {@code hyperopt.parameters.<path>}.
     */
    void check(ModelConfig resolved) {
        for (HyperoptSpace s : parameters) {
            for (Object v : s.representatives()) {
                try {
                    config(Map.of(s.path(), v));
                } catch (PqlException e) {
                    ErrorCode code = e.code() == ErrorCode.NOT_SUPPORTED ? e.code() : ErrorCode.INVALID_CONFIG;
                    throw new PqlException(code, (code == ErrorCode.NOT_SUPPORTED ? "At" : "Invalid config at")
                            + " 'hyperopt.parameters." + s.path() + "': the config does not take "
                            + HyperoptSpace.text(v) + " there: " + e.getMessage());
                }
            }
        }
        if (metric != null) {
            FeatureType type = resolved.outputFeatures().get(0).type();
            List<String> allowed = Options.metrics(type);
            if (!allowed.contains(metric)) {
                throw HyperoptSpace.invalid("hyperopt.metric", "'" + metric + "' is not a metric of "
                        + type.ludwigName() + " outputs; they have " + String.join(", ", allowed) + "."
                        + dev.pql.error.Suggestions.didYouMean(metric, allowed));
            }
        }
    }

    /** One trial's config: the user's tree with the sampled values, lowered as WITH would lower them. */
    public ModelConfig config(Map<String, Object> values) {
        ObjectNode tree = user.deepCopy();
        Overrides.apply(tree, values);
        Defaults.fill(tree);
        ConfigValidator.validate(tree, columns);
        if ("auto".equals(tree.path("model_type").asText())) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "hyperopt with model_type auto is not supported: a trial "
                    + "trains one model; set model_type ecd or gbm.");
        }
        return ConfigMapper.bind(tree);
    }

    /**
     * The trials' values, in order: {@code numSamples} draws seeded by {@code seed} (random), or
     * every combination of the listed values (grid, whatever num_samples says).
     */
    public List<Map<String, Object>> plan(long seed) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (searchAlg.equals("grid")) {
            out.add(new LinkedHashMap<>());
            for (HyperoptSpace s : parameters) {
                List<Map<String, Object>> next = new ArrayList<>();
                for (Map<String, Object> partial : out) {
                    for (Object v : s.representatives()) {
                        Map<String, Object> m = new LinkedHashMap<>(partial);
                        m.put(s.path(), v);
                        next.add(m);
                    }
                }
                out = next;
            }
            return out;
        }
        Random random = new Random(seed);
        for (int i = 0; i < numSamples; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (HyperoptSpace s : parameters) {
                m.put(s.path(), s.sample(random));
            }
            out.add(m);
        }
        return out;
    }

    /** The trial's values as pql.trials shows them: {@code {trainer.learning_rate: 0.0123, ...}}. */
    public static String describe(Map<String, Object> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + ": " + HyperoptSpace.text(v)));
        return "{" + String.join(", ", parts) + "}";
    }
}
