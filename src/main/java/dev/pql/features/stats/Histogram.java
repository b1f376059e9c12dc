package dev.pql.features.stats;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Each distinct number with how often it occurs, in increasing order: an exact summary from which
 * quantiles, the mode, the mean and the variance follow. Merging the histograms of any partitioning
 * of the values gives the one-pass histogram itself, so every number derived from it is identical,
 * bit for bit (they are computed from the histogram alone, in its order).
 * <p>
 * {@code limit} bounds the distinct values kept: past it the histogram is dropped and
 * {@link #complete()} is false (a continuous column of a billion rows has a billion distinct
 * values). Quantiles then come from a sample, and the mean and variance from {@link Moments}; the
 * caller says so. The embedded engine keeps every value (it holds them in memory anyway).
 * Values are ordered and told apart as {@link Double#compare} does (so -0.0 precedes 0.0).
 */
public final class Histogram implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int limit;
    private double[] values;
    private long[] counts;
    private long total;
    private boolean complete = true;

    private Histogram(int limit, double[] values, long[] counts, long total) {
        this.limit = limit;
        this.values = values;
        this.counts = counts;
        this.total = total;
        if (values.length > limit) {
            overflow();
        }
    }

    /** The histogram of the first {@code n} of {@code numbers} (which it sorts in place). */
    public static Histogram of(double[] numbers, int n, int limit) {
        Arrays.sort(numbers, 0, n);
        double[] v = new double[n];
        long[] c = new long[n];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct > 0 && Double.compare(v[distinct - 1], numbers[i]) == 0) {
                c[distinct - 1]++;
            } else {
                v[distinct] = numbers[i];
                c[distinct++] = 1;
            }
        }
        return new Histogram(limit, Arrays.copyOf(v, distinct), Arrays.copyOf(c, distinct), n);
    }

    /** Adds {@code other}'s values to these: a merge of two sorted runs. */
    public Histogram merge(Histogram other) {
        total += other.total;
        if (!other.complete) {
            overflow();
        }
        if (!complete) {
            return this;
        }
        double[] v = new double[values.length + other.values.length];
        long[] c = new long[v.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < values.length || j < other.values.length) {
            int cmp = i == values.length ? 1 : j == other.values.length ? -1 : Double.compare(values[i], other.values[j]);
            if (cmp <= 0) {
                v[k] = values[i];
                c[k] = counts[i++];
                if (cmp == 0) {
                    c[k] += other.counts[j++];
                }
            } else {
                v[k] = other.values[j];
                c[k] = other.counts[j++];
            }
            k++;
        }
        values = Arrays.copyOf(v, k);
        counts = Arrays.copyOf(c, k);
        if (k > limit) {
            overflow();
        }
        return this;
    }

    private void overflow() {
        complete = false;
        values = new double[0];
        counts = new long[0];
    }

    /** False when there were more distinct values than the limit (the histogram was dropped). */
    public boolean complete() {
        return complete;
    }

    /** How many numbers were added (kept even when the histogram was dropped). */
    public long count() {
        return total;
    }

    /** The numbers of ranks {@code ranks} (0-based, increasing) in increasing order, in one pass. */
    public double[] atRanks(long[] ranks) {
        double[] out = new double[ranks.length];
        long seen = 0;
        int i = 0;
        for (int r = 0; r < ranks.length; r++) {
            while (i < values.length && ranks[r] >= seen + counts[i]) {
                seen += counts[i++];
            }
            if (i == values.length) {
                throw new IllegalArgumentException("rank " + ranks[r] + " of " + total);
            }
            out[r] = values[i];
        }
        return out;
    }

    /** The most frequent value (the smallest among ties). */
    public double mode() {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return values[best];
    }

    public double min() {
        return values[0];
    }

    public double max() {
        return values[values.length - 1];
    }

    /** The mean, summed in the histogram's order (so the same for every partitioning). */
    public double mean() {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * counts[i];
        }
        return sum / total;
    }

    /** The population variance about {@link #mean()}, in two passes. */
    public double variance() {
        double mean = mean();
        double m2 = 0;
        for (int i = 0; i < values.length; i++) {
            double d = values[i] - mean;
            m2 += d * d * counts[i];
        }
        return Math.max(0, m2 / total);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && h.complete == complete && h.total == total && Arrays.equals(h.values, values)
                && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + Long.hashCode(total);
    }
}
