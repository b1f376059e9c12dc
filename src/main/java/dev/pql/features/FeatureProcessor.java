package dev.pql.features;

import dev.pql.config.FeatureConfig;
import java.util.List;

/**
 * One feature's preprocessing: fitted on the training split's values, then transforms any rows
 * the same way. One implementation per feature type (Ludwig's one-file-per-type lifecycle).
 */
public interface FeatureProcessor {
    FeatureConfig config();

    /** Learns vocabularies and statistics from the training values (nulls included). */
    void fit(List<Object> values);

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
