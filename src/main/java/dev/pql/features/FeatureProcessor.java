package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.features.stats.Counts;
import dev.pql.features.stats.FeatureStatistics;
import java.util.List;

/**
 * One feature's preprocessing: fitted on the training split's values, then transforms any rows
 * the same way. One implementation per feature type (Ludwig's one-file-per-type lifecycle).
 */
public interface FeatureProcessor {
    FeatureConfig config();

    /**
     * Learns vocabularies and statistics from the training values (nulls included). A processor
     * whose statistics merge ({@link #mergeable}) does it as {@code fit(accumulate(values))}, so a
     * fit on statistics merged from partitions (Spark's) runs the same code as the one-pass fit.
     */
    default void fit(List<Object> values) {
        fit(accumulate(values));
    }

    /** Whether {@link #accumulate} and {@link #fit(FeatureStatistics)} exist for this feature type. */
    default boolean mergeable() {
        return false;
    }

    /**
     * The mergeable statistics of a batch of values (a partition's, say); {@code limit} bounds the
     * distinct values each part keeps (see {@link Counts}).
     */
    default FeatureStatistics accumulate(List<Object> values, int limit) {
        throw new UnsupportedOperationException(config().type().ludwigName() + " features fit on their values only");
    }

    /** {@link #accumulate(List, int)} without a limit, as the embedded engine fits. */
    default FeatureStatistics accumulate(List<Object> values) {
        return accumulate(values, Counts.UNLIMITED);
    }

    /** Learns from statistics merged over every batch of the training values. */
    default void fit(FeatureStatistics statistics) {
        throw new UnsupportedOperationException(config().type().ludwigName() + " features fit on their values only");
    }

    /** What {@link #fit} learned, to save with the model. */
    FeatureMetadata metadata();

    /** Transforms raw values (nulls by the missing-value strategy) into the encoder's input. */
    Encoded encode(List<Object> values);

    /** Vocabulary size for category and text features (index 0 is reserved); 0 for others. */
    default int vocabularySize() {
        return 0;
    }

    /**
     * Checks, before {@link #encode}, that every value can be read as this feature's type; fails
     * with 22018 naming the feature, the value and the type. Missing values always pass. Types
     * that read anything (category, text, ...) pass everything.
     */
    default void requireReadable(List<Object> values) {
    }

    /**
     * Whether a raw value counts as missing: null, blank, or a NaN or infinite floating-point
     * number (databases and CSV readers produce them for "no value"; no feature can learn from them).
     */
    static boolean missing(Object v) {
        return v == null || (v instanceof String s && s.isBlank())
                || (v instanceof Double d && !Double.isFinite(d)) || (v instanceof Float f && !Float.isFinite(f));
    }

    /** The error for a value that cannot be read as {@code feature}'s type {@code expected}. */
    static dev.pql.error.PqlException unreadable(FeatureConfig feature, Object value, String expected) {
        String shown = String.valueOf(value);
        shown = shown.length() > 80 ? shown.substring(0, 80) + "..." : shown;
        return new dev.pql.error.PqlException(dev.pql.error.ErrorCode.INVALID_VALUE_FOR_TYPE, "Feature '" + feature.name()
                + "' expects " + expected + ", but got '" + shown + "' (" + feature.type().ludwigName() + " feature, "
                + "column " + feature.column() + "). Pass " + expected + ", or NULL for a missing value.");
    }
}
