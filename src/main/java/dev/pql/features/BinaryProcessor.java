package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.features.stats.Counts;
import dev.pql.features.stats.FeatureStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Binary features: true/false, yes/no, 1/0 and the like become 1.0 / 0.0. */
public final class BinaryProcessor implements FeatureProcessor {
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "t", "1", "1.0", "on");
    private final FeatureConfig config;
    private boolean mode;

    BinaryProcessor(FeatureConfig config) {
        this.config = config;
    }

    @Override
    public FeatureConfig config() {
        return config;
    }

    BinaryProcessor(FeatureConfig config, FeatureMetadata m) {
        this(config);
        mode = "true".equals(m.mode());
    }

    @Override
    public boolean mergeable() {
        return true;
    }

    @Override
    public FeatureStatistics accumulate(List<Object> values, int limit) {
        Counts counts = new Counts(limit); // two values at most: "true" and "false"
        for (Object v : values) {
            if (!FeatureProcessor.missing(v)) {
                counts.add(String.valueOf(parse(v)));
            }
        }
        return FeatureStatistics.of(counts);
    }

    @Override
    public void fit(FeatureStatistics statistics) {
        // The mapping to 0/1 is fixed; only the most common value is learned, for fill_with_mode.
        mode = statistics.counts().get("true") > statistics.counts().get("false");
    }

    @Override
    public FeatureMetadata metadata() {
        return new FeatureMetadata(config.name(), null, null, null, null, null, null, String.valueOf(mode));
    }

    @Override
    public Encoded encode(List<Object> values) {
        String strategy = config.preprocessing() == null ? null : config.preprocessing().missingValueStrategy();
        boolean fill = "fill_with_true".equals(strategy) || ("fill_with_mode".equals(strategy) && mode);
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = values.get(i);
            out[i] = (FeatureProcessor.missing(v) ? fill : parse(v)) ? 1f : 0f;
        }
        return new Encoded.Floats(out);
    }

    /** A boolean from a value; missing counts as false (Ludwig's fill_with_false). */
    public static boolean parse(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return v != null && TRUE.contains(v.toString().strip().toLowerCase(Locale.ROOT));
    }
}
