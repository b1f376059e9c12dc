package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.List;

/** Number features: missing values filled, then z-score or min-max normalised. */
public final class NumberProcessor implements FeatureProcessor {
    private final FeatureConfig config;
    private double mean;
    private double std = 1;
    private double min;
    private double max = 1;

    NumberProcessor(FeatureConfig config) {
        this.config = config;
    }

    NumberProcessor(FeatureConfig config, FeatureMetadata m) {
        this(config);
        mean = m.mean();
        std = m.std();
        min = m.min();
        max = m.max();
    }

    @Override
    public FeatureConfig config() {
        return config;
    }

    @Override
    public void fit(List<Object> values) {
        // Mergeable moments (count, sum, sum of squares) so a distributed fold could compute them too.
        long n = 0;
        double sum = 0;
        double sumSq = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        for (Object v : values) {
            Double d = parse(v);
            if (d != null) {
                n++;
                sum += d;
                sumSq += d * d;
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        if (n == 0) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Feature '" + config.name() + "' (column "
                    + config.column() + ") has no numeric values in the training data.");
        }
        mean = sum / n;
        double variance = Math.max(0, sumSq / n - mean * mean);
        std = variance > 1e-12 ? Math.sqrt(variance) : 1;
        if (max - min < 1e-12) {
            max = min + 1;
        }
    }

    @Override
    public FeatureMetadata metadata() {
        return new FeatureMetadata(config.name(), null, mean, std, min, max, null, null);
    }

    @Override
    public Encoded encode(List<Object> values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            Double d = parse(values.get(i));
            out[i] = (float) normalize(d == null ? fillValue() : d);
        }
        return new Encoded.Floats(out);
    }

    private double fillValue() {
        Object fill = config.preprocessing().fillValue();
        if ("fill_with_const".equals(config.preprocessing().missingValueStrategy()) && fill != null) {
            Double d = parse(fill);
            return d == null ? mean : d;
        }
        return mean;
    }

    double normalize(double d) {
        String n = config.preprocessing().normalization();
        if ("zscore".equals(n)) {
            return (d - mean) / std;
        }
        return "minmax".equals(n) ? (d - min) / (max - min) : d;
    }

    /** Maps a model output back to the data's scale. */
    public double denormalize(double d) {
        String n = config.preprocessing().normalization();
        if ("zscore".equals(n)) {
            return d * std + mean;
        }
        return "minmax".equals(n) ? d * (max - min) + min : d;
    }

    /** A number from a value, or null when missing or not a number. */
    public static Double parse(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (FeatureProcessor.missing(v)) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.toString().strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
