package dev.pql.features.stats;

import dev.pql.config.ConfigMapper;
import dev.pql.config.FeatureConfig;
import dev.pql.config.ModelConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.FeatureProcessor;
import dev.pql.features.Processors;
import dev.pql.features.TargetFill;
import dev.pql.features.TrainingRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A model's feature statistics over batches of rows, as a source computes them where its data is
 * (one instance per Spark task): each batch keeps the rows CREATE MODEL would keep ({@link
 * TrainingRows}) and folds each feature's values into its processor's statistics; the lists of
 * several batches merge with {@link #merge}. The order is the config's: inputs, then outputs; a
 * feature whose type has no mergeable statistics (vector, image, ...) has null.
 */
public final class TrainingStatistics {
    private final List<FeatureConfig> inputs;
    private final List<FeatureConfig> outputs;
    private final List<FeatureProcessor> processors = new ArrayList<>();
    private final int[] columns;
    private final int limit;

    /**
     * @param columns the batches' column names (matched as the engine matches them, ignoring case)
     * @param limit   the distinct values each statistic keeps (see {@link Counts})
     */
    public TrainingStatistics(ModelConfig config, List<String> columns, int limit) {
        this.inputs = config.inputFeatures();
        this.outputs = config.outputFeatures();
        this.limit = limit;
        List<FeatureConfig> all = features(config);
        this.columns = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            FeatureConfig f = all.get(i);
            this.columns[i] = index(columns, f.column());
            if (this.columns[i] < 0) {
                throw new PqlException(ErrorCode.COLUMN_NOT_FOUND, "Feature '" + f.name() + "' reads column '" + f.column()
                        + "', which the data does not have; its columns are " + String.join(", ", columns) + ".");
            }
            FeatureProcessor p = Processors.create(f, i >= inputs.size());
            processors.add(p.mergeable() ? p : null);
        }
    }

    /**
     * Whether statistics over the source's rows can stand for CREATE MODEL's: not when a target
     * fills its missing values (the fill is itself learned from the data, and changes the rows).
     */
    public static boolean supports(ModelConfig config) {
        return config.outputFeatures().stream().noneMatch(TargetFill::fills);
    }

    /** Inputs, then outputs: the order of every statistics list. */
    public static List<FeatureConfig> features(ModelConfig config) {
        List<FeatureConfig> all = new ArrayList<>(config.inputFeatures());
        all.addAll(config.outputFeatures());
        return all;
    }

    /** Each feature's statistics of the rows of {@code batch} that training would keep. */
    public List<FeatureStatistics> accumulate(List<Object[]> batch) {
        List<Object[]> kept = new ArrayList<>(batch.size());
        for (Object[] row : batch) {
            if (keeps(row)) {
                kept.add(row);
            }
        }
        List<FeatureStatistics> out = new ArrayList<>(processors.size());
        for (int i = 0; i < processors.size(); i++) {
            FeatureProcessor p = processors.get(i);
            if (p == null) {
                out.add(null);
                continue;
            }
            List<Object> values = new ArrayList<>(kept.size());
            for (Object[] row : kept) {
                values.add(row[columns[i]]);
            }
            out.add(p.accumulate(values, limit));
        }
        return out;
    }

    private boolean keeps(Object[] row) {
        for (int i = 0; i < outputs.size(); i++) {
            if (TrainingRows.lacksTarget(outputs.get(i), row[columns[inputs.size() + i]])) {
                return false;
            }
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (TrainingRows.dropsRow(inputs.get(i), row[columns[i]])) {
                return false;
            }
        }
        return true;
    }

    /** {@code a} with {@code b}'s statistics merged in, feature by feature (a is changed and returned). */
    public static List<FeatureStatistics> merge(List<FeatureStatistics> a, List<FeatureStatistics> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != null) {
                a.get(i).merge(b.get(i));
            }
        }
        return a;
    }

    /** The config as text, for a task in another process to rebuild this from. */
    public static String toJson(ModelConfig config) {
        return ConfigMapper.toJson(config);
    }

    public static ModelConfig fromJson(String json) {
        try {
            return ConfigMapper.json().readValue(json, ModelConfig.class);
        } catch (java.io.IOException e) {
            throw new PqlException(ErrorCode.INTERNAL_ERROR, "Cannot read a model config sent to a task: " + e.getMessage(), e);
        }
    }

    private static int index(List<String> columns, String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }
}
