package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ludwig's missing_value_strategy for an output: drop_row (the default: a row without a label
 * teaches nothing) or a fill, computed over the training table's present targets: fill_with_const
 * (fill_value), fill_with_mode, fill_with_mean (numbers), fill_with_false / fill_with_true (binary).
 */
public final class TargetFill {
    /** The strategies PQL implements for outputs. */
    public static final Set<String> STRATEGIES = Set.of("drop_row", "fill_with_const", "fill_with_mode",
            "fill_with_mean", "fill_with_false", "fill_with_true");

    private TargetFill() {
    }

    /** True when the target's strategy keeps rows without a target (filling them). */
    public static boolean fills(FeatureConfig target) {
        String s = strategy(target);
        return s != null && !s.equals("drop_row");
    }

    /** The value a missing target becomes, from the present targets {@code values}. */
    public static Object fillValue(FeatureConfig target, List<Object> values) {
        String s = strategy(target);
        List<Object> present = new ArrayList<>();
        for (Object v : values) {
            if (!FeatureProcessor.missing(v)) {
                present.add(v);
            }
        }
        return switch (s) {
            case "fill_with_const" -> {
                Object v = target.preprocessing().fillValue();
                if (v == null) {
                    throw new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config at '" + target.name()
                            + ".preprocessing.fill_value': fill_with_const needs a fill_value for the target.");
                }
                yield v;
            }
            case "fill_with_false" -> Boolean.FALSE;
            case "fill_with_true" -> Boolean.TRUE;
            case "fill_with_mean" -> {
                if (target.type() != FeatureType.NUMBER) {
                    throw new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config at '" + target.name()
                            + ".preprocessing.missing_value_strategy': fill_with_mean needs a number target.");
                }
                yield present.stream().map(NumberProcessor::parse).filter(d -> d != null).mapToDouble(Double::doubleValue)
                        .average().orElse(0);
            }
            default -> mode(present);
        };
    }

    private static Object mode(List<Object> present) {
        Map<String, Integer> counts = new HashMap<>();
        Object best = null;
        int bestCount = 0;
        for (Object v : present) {
            int c = counts.merge(String.valueOf(v), 1, Integer::sum);
            if (c > bestCount) {
                bestCount = c;
                best = v;
            }
        }
        return best;
    }

    private static String strategy(FeatureConfig target) {
        return target.preprocessing() == null ? null : target.preprocessing().missingValueStrategy();
    }
}
