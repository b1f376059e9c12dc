package dev.pql.features.stats;

import java.io.Serializable;

/**
 * Count, mean, sum of squared deviations (M2), minimum and maximum of numbers, mergeable with Chan
 * et al.'s parallel update, so batches summarised apart and merged give the one-pass numbers:
 * count, minimum and maximum exactly, mean and variance to within rounding: the variance's relative
 * error grows with the data's mean/std ratio, about 1e-16 times it (1e-10 for values of 1e6 +- 1,
 * tested; never the cancellation of a sum of squares, which loses everything there). A batch is
 * summarised in two passes (its mean, then the squared deviations from it).
 */
public final class Moments implements Serializable {
    private static final long serialVersionUID = 1L;
    private long count;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** The moments of the first {@code n} of {@code values}. */
    public static Moments of(double[] values, int n) {
        Moments m = new Moments();
        if (n == 0) {
            return m;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
            m.min = Math.min(m.min, values[i]);
            m.max = Math.max(m.max, values[i]);
        }
        m.count = n;
        m.mean = sum / n;
        double m2 = 0;
        for (int i = 0; i < n; i++) {
            double d = values[i] - m.mean;
            m2 += d * d;
        }
        m.m2 = m2;
        return m;
    }

    /** Adds {@code other}'s numbers to these (Chan's pairwise update). */
    public Moments merge(Moments other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            count = other.count;
            mean = other.mean;
            m2 = other.m2;
            min = other.min;
            max = other.max;
            return this;
        }
        long n = count + other.count;
        double delta = other.mean - mean;
        mean += delta * ((double) other.count / n);
        m2 += other.m2 + delta * delta * ((double) count * other.count / n);
        count = n;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        return this;
    }

    public long count() {
        return count;
    }

    public double mean() {
        return mean;
    }

    /** The population variance (divided by the count, as the features normalise). */
    public double variance() {
        return count == 0 ? 0 : Math.max(0, m2 / count);
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    @Override
    public String toString() {
        return "n=" + count + " mean=" + mean + " var=" + variance() + " [" + min + ", " + max + "]";
    }
}
