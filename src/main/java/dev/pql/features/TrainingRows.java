package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;

/**
 * Which rows training can learn from, one rule for the engine's own rows and a source's partitions
 * (Spark computes statistics over exactly the rows CREATE MODEL would keep).
 */
public final class TrainingRows {
    private TrainingRows() {
    }

    /** A row with this value of a drop_row target teaches nothing: missing, or a number target's non-number. */
    public static boolean lacksTarget(FeatureConfig target, Object value) {
        return FeatureProcessor.missing(value) || (target.type() == FeatureType.NUMBER && NumberProcessor.parse(value) == null);
    }

    /** Whether an input's drop_row missing-value strategy drops a row with this value. */
    public static boolean dropsRow(FeatureConfig input, Object value) {
        return dropsRows(input) && FeatureProcessor.missing(value);
    }

    /** Whether the input's missing_value_strategy is drop_row. */
    public static boolean dropsRows(FeatureConfig input) {
        return input.preprocessing() != null && "drop_row".equals(input.preprocessing().missingValueStrategy());
    }
}
