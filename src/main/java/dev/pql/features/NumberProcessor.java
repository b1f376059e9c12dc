package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.stats.FeatureStatistics;
import dev.pql.features.stats.Histogram;
import dev.pql.features.stats.Moments;
import java.util.ArrayList;
import java.util.List;

/**
 * Number features: missing values filled (mean, or a constant), then z-score, min-max or log1p
 * normalised. Also keeps quantiles of the training values, from which the {@code piecewise}
 * encoder takes its bin edges.
 */
public final class NumberProcessor implements FeatureProcessor {
    /** Quantiles kept: 0, 1/64, ..., 1, so that 1 to 64 bins can be taken without refitting. */
    static final int QUANTILES = 64;
    private final FeatureConfig config;
    private double mean;
    private double std = 1;
    private double min;
    private double max = 1;
    private List<Double> quantiles = List.of();
    private Double mode;

    NumberProcessor(FeatureConfig config) {
        this.config = config;
    }

    NumberProcessor(FeatureConfig config, FeatureMetadata m) {
        this(config);
        mean = m.mean();
        std = m.std();
        min = m.min();
        max = m.max();
        quantiles = m.quantiles() == null ? List.of() : m.quantiles();
        mode = m.mode() == null ? null : Double.valueOf(m.mode());
    }

    @Override
    public FeatureConfig config() {
        return config;
    }

    @Override
    public boolean mergeable() {
        return true;
    }

    @Override
    public FeatureStatistics accumulate(List<Object> values, int limit) {
        double[] present = new double[values.size()];
        int n = 0;
        for (Object v : values) {
            Double d = parse(v);
            if (d != null) {
                present[n++] = d;
            }
        }
        Moments moments = Moments.of(present, n);
        return new FeatureStatistics(null, moments, Histogram.of(present, n, limit));
    }

    /**
     * Mean, standard deviation, minimum, maximum, quantiles and mode from the histogram of the values
     * (identical for any partitioning); when the histogram had to be taken from a sample (a Spark
     * table with too many distinct values), the first four from the whole data's {@link Moments}.
     */
    @Override
    public void fit(FeatureStatistics statistics) {
        Moments moments = statistics.moments();
        Histogram h = statistics.histogram();
        if (moments.count() == 0) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Feature '" + config.name() + "' (column "
                    + config.column() + ") has no numeric values in the training data.");
        }
        boolean whole = h.count() == moments.count();
        mean = whole ? h.mean() : moments.mean();
        double variance = whole ? h.variance() : moments.variance();
        std = variance > 1e-12 ? Math.sqrt(variance) : 1;
        min = whole ? h.min() : moments.min();
        max = whole ? h.max() : moments.max();
        if (max - min < 1e-12) {
            max = min + 1;
        }
        long[] ranks = new long[QUANTILES + 1];
        for (int i = 0; i <= QUANTILES; i++) {
            ranks[i] = Math.round((double) i / QUANTILES * (h.count() - 1));
        }
        List<Double> q = new ArrayList<>(QUANTILES + 1);
        for (double v : h.atRanks(ranks)) {
            q.add(v);
        }
        quantiles = q;
        mode = h.mode();
    }

    @Override
    public FeatureMetadata metadata() {
        return new FeatureMetadata(config.name(), null, mean, std, min, max, null, mode == null ? null : mode.toString(),
                quantiles);
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
        if ("fill_with_mode".equals(config.preprocessing().missingValueStrategy()) && mode != null) {
            return mode;
        }
        Object fill = config.preprocessing().fillValue();
        if ("fill_with_const".equals(config.preprocessing().missingValueStrategy()) && fill != null) {
            Double d = parse(fill);
            return d == null ? mean : d;
        }
        return mean;
    }

    double normalize(double d) {
        String n = config.preprocessing().normalization();
        if (n == null) {
            return d;
        }
        return switch (n) {
            case "zscore" -> (d - mean) / std;
            case "minmax" -> (d - min) / (max - min);
            case "log1p" -> Math.log1p(Math.max(d, min) - Math.min(0, min)); // shifted so the minimum maps to >= 0
            default -> d;
        };
    }

    /** Maps a model output back to the data's scale. */
    public double denormalize(double d) {
        String n = config.preprocessing().normalization();
        if (n == null) {
            return d;
        }
        return switch (n) {
            case "zscore" -> d * std + mean;
            case "minmax" -> d * (max - min) + min;
            case "log1p" -> Math.expm1(d) + Math.min(0, min);
            default -> d;
        };
    }

    /**
     * {@code bins + 1} increasing, distinct bin edges at evenly spaced quantiles of the training
     * values, on the normalised scale (repeated quantiles of a skewed column merge into one edge).
     */
    public double[] normalizedEdges(Integer bins) {
        int b = Math.max(1, Math.min(QUANTILES, bins == null ? 8 : bins));
        if (quantiles.isEmpty()) {
            return new double[0];
        }
        List<Double> edges = new ArrayList<>();
        for (int i = 0; i <= b; i++) {
            double e = normalize(quantiles.get((int) Math.round((double) i * QUANTILES / b)));
            if (edges.isEmpty() || e > edges.get(edges.size() - 1) + 1e-9) {
                edges.add(e);
            }
        }
        return edges.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public void requireReadable(List<Object> values) {
        for (Object v : values) {
            if (!FeatureProcessor.missing(v) && parse(v) == null && !nonFinite(v)) {
                throw FeatureProcessor.unreadable(config, v, "a number");
            }
        }
    }

    /**
     * The values that are present but not numbers at all ('n/a', 'abc'): training treats them as
     * missing (and says so); PREDICT refuses them with 22018.
     */
    public static List<Object> unreadable(List<Object> values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            if (!FeatureProcessor.missing(v) && parse(v) == null && !nonFinite(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** How many of the values are NaN or infinite (as numbers, or as text such as 'NaN' or '1e309'). */
    public static int countNonFinite(List<Object> values) {
        int n = 0;
        for (Object v : values) {
            n += nonFinite(v) ? 1 : 0;
        }
        return n;
    }

    private static boolean nonFinite(Object v) {
        if (v instanceof Double d) {
            return !Double.isFinite(d);
        }
        if (v instanceof Float f) {
            return !Float.isFinite(f);
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                return !Double.isFinite(Double.parseDouble(s.strip()));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * The warning for NaN or infinite values of a number feature, which are treated as missing
     * values and filled by its missing-value strategy; null when there are none.
     */
    public static String nonFiniteWarning(FeatureConfig f, int count, String where) {
        if (count == 0) {
            return null;
        }
        String strategy = f.preprocessing() == null || f.preprocessing().missingValueStrategy() == null
                ? "fill_with_mean" : f.preprocessing().missingValueStrategy();
        return "Feature '" + f.name() + "' had " + count + " NaN or infinite value" + (count == 1 ? "" : "s") + " in "
                + where + "; treated as missing and handled by its missing_value_strategy (" + strategy + ").";
    }

    /** A number from a value, or null when missing, NaN, infinite or not a number. */
    public static Double parse(Object v) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : null;
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
