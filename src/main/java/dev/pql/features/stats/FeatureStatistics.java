package dev.pql.features.stats;

import java.io.Serializable;

/**
 * What one feature's processor learns from, as mergeable parts: {@link Counts} (vocabularies, a
 * binary feature's trues and falses), {@link Moments} and a {@link Histogram} (numbers and dates).
 * A processor folds a batch of values into one ({@code FeatureProcessor.accumulate}), batches merge
 * in any order and grouping, and the processor's {@code fit} finishes from the merged statistics:
 * the embedded engine (one batch) and Spark (one per partition, merged on the driver) run the same
 * finishing code. Parts a type does not use are null.
 */
public final class FeatureStatistics implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Counts counts;
    private final Moments moments;
    private final Histogram histogram;

    public FeatureStatistics(Counts counts, Moments moments, Histogram histogram) {
        this.counts = counts;
        this.moments = moments;
        this.histogram = histogram;
    }

    public static FeatureStatistics of(Counts counts) {
        return new FeatureStatistics(counts, null, null);
    }

    public Counts counts() {
        return counts;
    }

    public Moments moments() {
        return moments;
    }

    public Histogram histogram() {
        return histogram;
    }

    /** These statistics with {@code other}'s values added (this object is changed and returned). */
    public FeatureStatistics merge(FeatureStatistics other) {
        if (counts != null) {
            counts.merge(other.counts);
        }
        if (moments != null) {
            moments.merge(other.moments);
        }
        if (histogram != null) {
            histogram.merge(other.histogram);
        }
        return this;
    }

    /** True when no part was dropped for having more distinct values than its limit. */
    public boolean complete() {
        return (counts == null || counts.complete()) && (histogram == null || histogram.complete());
    }

    /**
     * The parts that were dropped for their size, taken from {@code sample} (the statistics of the
     * rows training holds): a vocabulary from the sample's counts; for numbers, quantiles and the
     * mode from the sample's histogram while the count, mean, variance, minimum and maximum stay
     * the whole data's ({@link Moments}).
     */
    public FeatureStatistics completedBy(FeatureStatistics sample) {
        return new FeatureStatistics(counts == null || counts.complete() ? counts : sample.counts, moments,
                histogram == null || histogram.complete() ? histogram : sample.histogram);
    }
}
