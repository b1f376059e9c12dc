package dev.pql.train;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.config.ModelConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Limits checked before training starts, so that a run which would fail late (out of memory,
 * or on a label it never saw) fails at once with what to do instead.
 */
public final class TrainingLimits {
    /**
     * Bytes one token of one sequence takes at the least inside an encoder: 64 floats, narrower
     * than any encoder's default width. Enough to tell a length that can never fit from one that may.
     */
    static final long BYTES_PER_TOKEN = 64 * Float.BYTES;
    /** Fewest rows per target class on average: with fewer, most classes are never seen in training. */
    static final int MIN_ROWS_PER_CLASS = 2;

    private TrainingLimits() {
    }

    /** Checks a config and its training rows against what this machine and the data can do. */
    public static void check(ModelConfig config, FeatureConfig target, List<Object> targetValues) {
        requireSequencesFit(config, physicalMemory());
        OutputKinds.of(target.type()).requireLearnable(target, targetValues);
    }

    /**
     * One batch of a text or sequence feature holds batch_size × max_sequence_length tokens; when
     * that cannot fit in half the machine's memory even at the narrowest width, refuse (42P10).
     */
    static void requireSequencesFit(ModelConfig config, long memory) {
        Integer batch = config.trainer() == null ? null : config.trainer().batchSize();
        long rows = batch == null || batch < 1 ? 1 : batch;
        for (FeatureConfig f : config.inputFeatures()) {
            if ((f.type() != FeatureType.TEXT && f.type() != FeatureType.SEQUENCE) || f.preprocessing() == null
                    || f.preprocessing().maxSequenceLength() == null) {
                continue;
            }
            long length = f.preprocessing().maxSequenceLength();
            long needed = rows * length * BYTES_PER_TOKEN;
            if (needed > memory / 2) {
                long fits = Math.max(1, memory / 2 / (rows * BYTES_PER_TOKEN));
                throw new PqlException(ErrorCode.INVALID_CONFIG, String.format(Locale.ROOT, "Feature '%s': "
                        + "max_sequence_length %,d cannot fit in memory: one batch of %,d rows needs at least %s, and this "
                        + "machine has %s. Use %s.preprocessing.max_sequence_length = %,d or less (the default is 256), "
                        + "or a smaller trainer.batch_size.", f.name(), length, rows, size(needed), size(memory),
                        f.name(), Math.min(fits, Integer.MAX_VALUE)));
            }
        }
    }

    /**
     * A category target needs a few rows per class: with fewer, most classes would be missing from
     * the training split, and a model cannot learn a label it never saw. Refuse (22000).
     */
    static void requireLearnableClasses(FeatureConfig target, List<Object> values) {
        Set<String> classes = new HashSet<>();
        for (Object v : values) {
            if (v != null) {
                classes.add(v.toString().strip());
            }
        }
        if (classes.size() > 2 && (long) classes.size() * MIN_ROWS_PER_CLASS > values.size()) {
            throw new PqlException(ErrorCode.INVALID_DATA, String.format(Locale.ROOT, "Target '%s' has %,d distinct "
                    + "values in %,d rows: fewer than %d rows per class, too few to learn each class. Predict a column "
                    + "with fewer values, group rare values into one (for example with CASE in the FROM query), or train "
                    + "on more rows.", target.name(), classes.size(), values.size(), MIN_ROWS_PER_CLASS));
        }
    }

    /** The machine's physical memory (the JVM's maximum heap where the platform does not say). */
    static long physicalMemory() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return Runtime.getRuntime().maxMemory();
    }

    private static String size(long bytes) {
        double gib = bytes / (1024.0 * 1024 * 1024);
        return gib >= 1 ? String.format(Locale.ROOT, "%,.0f GiB", gib)
                : String.format(Locale.ROOT, "%,.0f MiB", bytes / (1024.0 * 1024));
    }
}
