package dev.pql.features.stats;

import dev.pql.config.ModelConfig;
import dev.pql.data.Attachment;
import java.nio.file.Path;
import java.util.List;

/**
 * A source that computes a model's preprocessing statistics where its data is (Spark: one task per
 * partition, merged on the driver), over every row CREATE MODEL would keep, not only the rows it
 * sends for training. Implemented by a {@link dev.pql.data.SourceProvider} that can; the engine
 * asks it after lowering the config (it lives here, not in {@code data}, because statistics are
 * the features stage's). Kept free of the source's classes, so the engine's jar stays free of Spark.
 */
public interface StatisticsProvider {
    /**
     * Each feature's merged statistics ({@link TrainingStatistics#features} order; null for a
     * feature without mergeable statistics), or null when this source does not answer {@code sql}
     * where its data is or the config needs the rows themselves ({@link TrainingStatistics#supports}).
     * Adds a line to {@code notes} saying over how many rows they were computed.
     *
     * @param models the database's model folder, for PREDICTs inside {@code sql}
     */
    List<FeatureStatistics> statistics(Attachment a, String sql, Path models, ModelConfig config, List<String> notes);
}
