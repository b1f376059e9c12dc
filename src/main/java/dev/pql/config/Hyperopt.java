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

/**
 * A hyperparameter search, from Ludwig's {@code hyperopt} section and the HYPEROPT clause (the
 * clause's parameters win over the section's of the same path): the searched config paths, how many
 * trials, the search algorithm and what is optimised. Lowering takes the section out of the config
 * tree (a version's config is one trial's, without it) and keeps the user's tree, so that each
 * trial's config is lowered like a WITH override of the searched paths: defaults, validation, binding.
 */
public record Hyperopt(List<HyperoptSpace> parameters, int numSamples, String searchAlg, String metric, String goal,
                       int maxConcurrent, Halving halving, Tpe tpe, ObjectNode user, List<String> columns) {
    /** Ludwig's default executor.num_samples. */
    public static final int DEFAULT_SAMPLES = 10;

    /**
     * Asynchronous successive halving ({@code executor.scheduler: {type: async_hyperband}}), Ray's
     * AsyncHyperBandScheduler with one bracket: progress counted in {@code timeAttr}
     * (training_iteration or time_total_s).
     */
    public record Halving(String timeAttr, int maxT, int gracePeriod, double reductionFactor) {
    }

    /** The tree-structured Parzen estimator ({@code search_alg: {type: hyperopt}}); null fields take their defaults. */
    public record Tpe(Integer initialPoints, double gamma, Long seed) {
    }

    public Hyperopt {
        parameters = List.copyOf(parameters);
        columns = columns == null ? null : List.copyOf(columns);
    }

    /** The same search over another user tree (the data's defaults filled in, as trials lower it). */
    public Hyperopt over(ObjectNode tree, List<String> names) {
        return new Hyperopt(parameters, numSamples, searchAlg, metric, goal, maxConcurrent, halving, tpe, tree, names);
    }

    /** How many trials the search trains: every combination for grid, else num_samples. */
    public int trials() {
        return searchAlg.equals("grid") ? plan(0).size() : numSamples;
    }

    /**
     * Removes the hyperopt section from {@code root} and reads it with the clause's parameters; null
     * when there is neither. The section is checked against the option registry
     * ({@link HyperoptOptions}): 42P10 naming the path for a malformed section, 0A000 for what Ludwig
     * has and PQL does not run.
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
        if (h.path("search_alg").isTextual()) {
            h.putObject("search_alg").put("type", section.path("search_alg").asText()); // PQL's shorthand
        }
        SectionChecks checks = new SectionChecks(columns);
        checks.section(h, List.of(HyperoptOptions.SCOPE), HyperoptOptions.SCOPE, null);
        checks.problems.throwIfAny();
        JsonNode given = h.path("parameters");
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
        String alg = h.path("search_alg").path("type").asText("random");
        if (alg.equals("grid")) {
            for (HyperoptSpace s : spaces) {
                if (!s.listed()) {
                    throw HyperoptSpace.invalid("hyperopt.parameters." + s.path() + ".space", "search_alg grid needs "
                            + "listed values (choice or grid_search), got " + s.space() + ".");
                }
            }
        }
        Tpe tpe = null;
        if (alg.equals(HyperoptOptions.TPE)) {
            JsonNode t = h.path("search_alg");
            String scope = HyperoptOptions.SCOPE + ".search_alg." + HyperoptOptions.TPE;
            tpe = new Tpe(t.hasNonNull("n_initial_points") ? t.get("n_initial_points").asInt() : null,
                    number(t, scope, "gamma"), t.hasNonNull("random_state_seed") ? t.get("random_state_seed").asLong() : null);
        }
        Halving halving = null;
        JsonNode scheduler = executor.path("scheduler");
        if (HyperoptOptions.HALVING.contains(scheduler.path("type").asText())) {
            String scope = HyperoptOptions.SCOPE + ".executor.scheduler." + scheduler.path("type").asText();
            halving = new Halving(scheduler.path("time_attr").asText((String) Options.option(scope, "time_attr")
                    .defaultValue()), (int) number(scheduler, scope, "max_t"), (int) number(scheduler, scope, "grace_period"),
                    number(scheduler, scope, "reduction_factor"));
        }
        String executorScope = HyperoptOptions.SCOPE + ".executor";
        return new Hyperopt(spaces, (int) number(executor, executorScope, "num_samples"),
                alg.equals("variant_generator") ? "random" : alg, text(h, "metric"), text(h, "goal"),
                (int) number(executor, executorScope, "max_concurrent_trials"), halving, tpe, root.deepCopy(), columns);
    }

    /** A number of a checked section, or its registry default. */
    private static double number(JsonNode node, String scope, String key) {
        JsonNode v = node.get(key);
        return v != null && v.isNumber() ? v.asDouble() : ((Number) Options.option(scope, key).defaultValue()).doubleValue();
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
