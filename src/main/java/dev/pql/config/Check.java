package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pql.error.ErrorCode;
import dev.pql.error.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * A constraint on an option's value, with the words that the docs and the errors use for it. The
 * value has already passed its kind check (an INT option's check sees an integer).
 */
public interface Check {
    /** Accepts every value of the right kind. */
    Check ANY = of("", v -> null);

    /** Why {@code value} is not allowed, or null when it is. */
    Problem test(JsonNode value);

    /** What is allowed, for the docs: "≥ 1", "one of: zscore, minmax". Empty when anything goes. */
    String describe();

    /** The values allowed when the check names them (one of a list), else empty: anything of the right kind. */
    default List<String> allowed() {
        return List.of();
    }

    /** A rejected value: the message (without the path) and whether it is a typo or a Ludwig-only value. */
    record Problem(ErrorCode code, String message) {
        static Problem invalid(String message) {
            return new Problem(ErrorCode.INVALID_CONFIG, message);
        }
    }

    /** A check from a description and a test. */
    static Check of(String describe, java.util.function.Function<JsonNode, Problem> test) {
        return new Simple(describe, test, List.of());
    }

    /** A check made of its parts; {@code allowed} names the values it allows when they are a list. */
    record Simple(String describe, java.util.function.Function<JsonNode, Problem> rule, List<String> allowed) implements Check {
        @Override
        public Problem test(JsonNode value) {
            return rule.apply(value);
        }
    }

    static Check atLeast(long min) {
        return of("≥ " + min, v -> v.asDouble() < min ? Problem.invalid("must be at least " + min + ", got " + v) : null);
    }

    /** A number in a range; {@code open} ends are exclusive. */
    static Check range(double low, boolean lowOpen, double high, boolean highOpen) {
        String words = (lowOpen ? "(" : "[") + fmt(low) + ", " + fmt(high) + (highOpen ? ")" : "]");
        return of(words, v -> {
            double d = v.asDouble();
            boolean ok = (lowOpen ? d > low : d >= low) && (highOpen ? d < high : d <= high);
            return ok ? null : Problem.invalid("must be in " + words + ", got " + v);
        });
    }

    /** A share such as a dropout rate: [0, 1). */
    static Check fraction() {
        return range(0, false, 1, true);
    }

    /** One of the given strings. */
    static Check oneOf(String... allowed) {
        return oneOf(List.of(allowed), List.of());
    }

    /**
     * One of {@code allowed}; a value in {@code ludwigOnly} is valid in Ludwig but not supported by PQL
     * yet, which is said as such rather than as a typo.
     */
    static Check oneOf(List<String> allowed, List<String> ludwigOnly) {
        return listing(allowed, of("one of: " + String.join(", ", allowed), v -> {
            String s = v.asText();
            if (allowed.contains(s)) {
                return null;
            }
            if (ludwigOnly.contains(s)) {
                return new Problem(ErrorCode.NOT_SUPPORTED, "'" + s + "' is valid in Ludwig but not supported by PQL yet; "
                        + "PQL has " + String.join(", ", allowed) + ".");
            }
            List<String> all = new ArrayList<>(allowed);
            all.addAll(ludwigOnly);
            return Problem.invalid("'" + s + "' is not allowed; expected one of " + String.join(", ", allowed) + "."
                    + Suggestions.didYouMean(s, all));
        }));
    }

    /** Exactly {@code value}: Ludwig allows others, which PQL does not support yet ({@code why}). */
    static Check only(String value, String why) {
        return listing(List.of(value), of("only " + value, v -> v.asText().equals(value) ? null
                : new Problem(ErrorCode.NOT_SUPPORTED, "'" + v.asText() + "' is valid in Ludwig but not supported by PQL yet: "
                + why + ".")));
    }

    /** {@code check}, naming {@code values} as what it allows (served as pql.options' allowed_values). */
    private static Check listing(List<String> values, Check check) {
        return new Simple(check.describe(), check::test, List.copyOf(values));
    }

    /** A non-empty list whose every element passes {@code element}. */
    /**
     * A list of sections checked one by one (fc_layers, conv_layers): the first problem, its path
     * prefixed with the section's index ({@code [2].dropout}).
     */
    static Check eachSection(String describe, java.util.function.BiFunction<JsonNode, String, Problem> section) {
        return of(describe, v -> {
            for (int i = 0; i < v.size(); i++) {
                Problem p = section.apply(v.get(i), "[" + i + "]");
                if (p != null) {
                    return p;
                }
            }
            return null;
        });
    }

    static Check each(Check element) {
        return of("non-empty; each " + element.describe(), v -> {
            if (v.isEmpty()) {
                return Problem.invalid("must not be empty");
            }
            for (JsonNode e : v) {
                Problem p = element.test(e);
                if (p != null) {
                    return Problem.invalid("has " + e + ", which is not " + element.describe());
                }
            }
            return null;
        });
    }

    /** Ludwig's split probabilities: three non-negative shares (train, validation, test) summing to 1, train above 0. */
    static Check splitShares() {
        return of("3 shares ≥ 0 summing to 1, the first > 0", v -> {
            double sum = 0;
            boolean negative = false;
            for (JsonNode e : v) {
                sum += e.asDouble();
                negative |= e.asDouble() < 0;
            }
            boolean ok = v.size() == 3 && !negative && Math.abs(sum - 1) <= 1e-6 && v.get(0).asDouble() > 0;
            return ok ? null : Problem.invalid("must be three shares (train, validation, test) that sum to 1, got " + v);
        });
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
