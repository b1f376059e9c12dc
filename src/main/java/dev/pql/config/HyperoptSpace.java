package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One searched parameter of a hyperopt section, in Ludwig's (Ray Tune's) spaces: {@code choice}
 * and {@code grid_search} over listed values, {@code uniform}, {@code quniform}, {@code loguniform},
 * {@code qloguniform} between lower and upper, {@code randint} in [lower, upper) (upper excluded, as
 * in Ludwig), {@code randn} (normal with mean and sd). Pure: a sample is a function of the random
 * source, so the same seed gives the same trials.
 */
public record HyperoptSpace(String path, String space, List<Object> values, double lower, double upper, double q,
                            double base, double mean, double sd) {
    /** The space names PQL knows, in Ludwig's spelling. */
    public static final List<String> SPACES = List.of("choice", "grid_search", "uniform", "quniform", "loguniform",
            "qloguniform", "randint", "randn");

    public HyperoptSpace {
        values = values == null ? null : List.copyOf(values);
    }

    /**
     * Reads Ludwig's shape, {@code {space: loguniform, lower: 0.0001, upper: 0.1}}; {@code at} is the
     * path errors name ({@code hyperopt.parameters.<path>}).
     */
    static HyperoptSpace parse(String path, JsonNode spec, String at) {
        if (!spec.isObject()) {
            throw invalid(at, "must be a section such as {space: choice, categories: [16, 32]}, got " + spec);
        }
        String space = spec.path("space").asText("").toLowerCase(Locale.ROOT);
        if (!SPACES.contains(space)) {
            throw invalid(at + ".space", (spec.has("space") ? "unknown space '" + spec.path("space").asText() + "'"
                    : "is missing") + "; one of " + String.join(", ", SPACES) + "."
                    + dev.pql.error.Suggestions.didYouMean(space, SPACES));
        }
        return switch (space) {
            case "choice", "grid_search" -> {
                String key = space.equals("choice") ? "categories" : "values";
                JsonNode list = spec.path(key);
                if (!list.isArray() || list.isEmpty()) {
                    throw invalid(at + "." + key, "must be a non-empty list of values for space " + space + ".");
                }
                List<Object> values = new ArrayList<>();
                list.forEach(values::add);
                yield new HyperoptSpace(path, space, values, 0, 0, 0, 0, 0, 1);
            }
            case "randn" -> new HyperoptSpace(path, space, null, 0, 0, 0, 0, number(spec, "mean", at, 0.0),
                    positive(number(spec, "sd", at, 1.0), at + ".sd"));
            default -> {
                double lower = number(spec, "lower", at, null);
                double upper = number(spec, "upper", at, null);
                if (lower > upper || (space.equals("randint") && lower >= upper)) {
                    throw invalid(at, "lower (" + fmt(lower) + ") must be " + (space.equals("randint") ? "below" : "at most")
                            + " upper (" + fmt(upper) + ")" + (space.equals("randint") ? ": randint's upper is excluded." : "."));
                }
                if (space.contains("log") && lower <= 0) {
                    throw invalid(at + ".lower", "must be above 0 for space " + space + ", got " + fmt(lower) + ".");
                }
                double q = space.startsWith("q") ? positive(number(spec, "q", at, null), at + ".q") : 0;
                double base = space.contains("log") ? positive(number(spec, "base", at, 10.0), at + ".base") : 0;
                yield new HyperoptSpace(path, space, null, lower, upper, q, base, 0, 1);
            }
        };
    }

    /** Whether the space is a finite list of values (grid search can enumerate it). */
    public boolean listed() {
        return values != null;
    }

    /** A value drawn from the space. */
    public Object sample(Random random) {
        return switch (space) {
            case "choice", "grid_search" -> plain(values.get(random.nextInt(values.size())));
            case "uniform" -> lower + random.nextDouble() * (upper - lower);
            case "quniform" -> quantize(lower + random.nextDouble() * (upper - lower));
            case "loguniform" -> logUniform(random);
            case "qloguniform" -> quantize(logUniform(random));
            case "randint" -> (long) lower + (long) Math.floor(random.nextDouble() * (long) (upper - lower));
            case "randn" -> mean + sd * random.nextGaussian();
            default -> throw new IllegalStateException(space);
        };
    }

    /** Values that stand for the space when checking that the config accepts it: every listed value, or the bounds. */
    List<Object> representatives() {
        return switch (space) {
            case "choice", "grid_search" -> values.stream().map(HyperoptSpace::plain).toList();
            case "randint" -> List.of((long) lower, (long) upper - 1);
            case "randn" -> List.of(mean);
            case "quniform", "qloguniform" -> List.of(quantize(lower), quantize(upper));
            default -> List.of(lower, upper);
        };
    }

    /**
     * Where a model-based search (TPE) models a numeric space: the log of the value for log spaces,
     * the value itself otherwise. Listed spaces (choice, grid_search) have no such scale.
     */
    public double internal(Object value) {
        double v = ((Number) value).doubleValue();
        // randint's value v stands for the cell [v, v + 1) that external() floors back to v: its middle
        return space.contains("log") ? Math.log(v) : space.equals("randint") ? v + 0.5 : v;
    }

    /** The lowest and highest internal values of a numeric space; randn: its mean plus or minus four sd. */
    public double internalLow() {
        return space.equals("randn") ? mean - 4 * sd : space.contains("log") ? Math.log(lower) : lower;
    }

    public double internalHigh() {
        return space.equals("randn") ? mean + 4 * sd : space.contains("log") ? Math.log(upper) : upper;
    }

    /** The value of the space at internal point {@code x}: back from logs, quantised, whole for randint, within bounds. */
    public Object external(double x) {
        double v = space.contains("log") ? Math.exp(x) : x;
        return switch (space) {
            case "quniform", "qloguniform" -> quantize(Math.max(lower, Math.min(upper, v)));
            case "randint" -> Math.max((long) lower, Math.min((long) upper - 1, (long) Math.floor(v)));
            case "randn" -> v;
            default -> Math.max(lower, Math.min(upper, v));
        };
    }

    private double logUniform(Random random) {
        double lo = Math.log(lower) / Math.log(base);
        double hi = Math.log(upper) / Math.log(base);
        return Math.pow(base, lo + random.nextDouble() * (hi - lo));
    }

    private double quantize(double v) {
        return Math.round(v / q) * q;
    }

    /** A JSON value as the Java value WITH would give (numbers, strings, booleans, lists). */
    public static Object plain(Object v) {
        if (v instanceof JsonNode n) {
            if (n.isIntegralNumber()) {
                return n.asLong();
            } else if (n.isNumber()) {
                return n.asDouble();
            } else if (n.isBoolean()) {
                return n.asBoolean();
            } else if (n.isTextual()) {
                return n.asText();
            }
            return n;
        }
        return v;
    }

    /** The value as pql.trials and notes show it. */
    public static String text(Object v) {
        return v instanceof Double d ? fmt(d) : String.valueOf(v);
    }

    private static double number(JsonNode spec, String key, String at, Double fallback) {
        JsonNode n = spec.get(key);
        if (n == null || n.isNull()) {
            if (fallback == null) {
                throw invalid(at + "." + key, "is missing; space " + spec.path("space").asText() + " needs it.");
            }
            return fallback;
        }
        if (!n.isNumber()) {
            throw invalid(at + "." + key, "must be a number, got " + n);
        }
        return n.asDouble();
    }

    private static double positive(double v, String at) {
        if (v <= 0) {
            throw invalid(at, "must be above 0, got " + fmt(v) + ".");
        }
        return v;
    }

    static PqlException invalid(String path, String message) {
        return new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config at '" + path + "': " + message);
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d)
                : String.format(Locale.ROOT, "%.6g", d).replaceAll("0+(e|$)", "$1").replaceAll("\\.(e|$)", "$1");
    }

    /** The Ludwig section for this space (as stored and as {@code SHOW CONFIG}'s notes name it). */
    ObjectNode toTree() {
        ObjectNode o = ConfigMapper.json().createObjectNode().put("space", space);
        switch (space) {
            case "choice" -> o.set("categories", Lowering.node(values));
            case "grid_search" -> o.set("values", Lowering.node(values));
            case "randn" -> o.put("mean", mean).put("sd", sd);
            default -> {
                o.put("lower", lower).put("upper", upper);
                if (q > 0) {
                    o.put("q", q);
                }
            }
        }
        return o;
    }
}
