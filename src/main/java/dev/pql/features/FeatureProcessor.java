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

    /** Whether a raw value counts as missing. */
    static boolean missing(Object v) {
        return v == null || (v instanceof String s && s.isBlank());
    }
}
