package dev.pql.features;

import dev.pql.config.FeatureConfig;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Binary features: true/false, yes/no, 1/0 and the like become 1.0 / 0.0. */
public final class BinaryProcessor implements FeatureProcessor {
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "t", "1", "1.0", "on");
    private final FeatureConfig config;

    BinaryProcessor(FeatureConfig config) {
        this.config = config;
    }

    @Override
    public FeatureConfig config() {
        return config;
    }

    @Override
    public void fit(List<Object> values) {
        // nothing to learn: the mapping to 0/1 is fixed
    }

    @Override
    public FeatureMetadata metadata() {
        return new FeatureMetadata(config.name(), null, null, null, null, null, null, null);
    }

    @Override
    public Encoded encode(List<Object> values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = parse(values.get(i)) ? 1f : 0f;
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
