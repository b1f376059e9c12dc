package dev.pql.features.stats;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each value occurs: the mergeable statistic behind every vocabulary (category, set, bag,
 * text) and the drift profiles. Counts of any partitioning of the values, merged, equal the counts
 * of one pass, so {@link #top} is the same list either way: by count, then by value (the
 * deterministic tie order; it never depends on the order the values came in).
 * <p>
 * {@code limit} bounds the distinct values kept (a Spark table may have billions): past it the
 * counts are dropped and {@link #complete()} is false, and the caller takes the counts of a sample
 * instead, saying so. The embedded engine counts without a limit.
 */
public final class Counts implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No limit: the embedded engine's values are in memory anyway. */
    public static final int UNLIMITED = Integer.MAX_VALUE;
    private final int limit;
    private HashMap<String, Long> counts = new HashMap<>();
    private boolean complete = true;

    public Counts(int limit) {
        this.limit = limit;
    }

    public Counts() {
        this(UNLIMITED);
    }

    public void add(String value) {
        add(value, 1);
    }

    public void add(String value, long times) {
        if (complete) {
            counts.merge(value, times, Long::sum);
            checkLimit();
        }
    }

    /** Adds {@code other}'s counts to these (either side's values may come first: the sum is the same). */
    public Counts merge(Counts other) {
        if (!other.complete) {
            overflow();
        }
        if (complete) {
            other.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
            checkLimit();
        }
        return this;
    }

    private void checkLimit() {
        if (counts.size() > limit) {
            overflow();
        }
    }

    private void overflow() {
        complete = false;
        counts = new HashMap<>();
    }

    /** False when there were more distinct values than the limit (the counts were dropped). */
    public boolean complete() {
        return complete;
    }

    public long get(String value) {
        return counts.getOrDefault(value, 0L);
    }

    /** Distinct values counted. */
    public int size() {
        return counts.size();
    }

    /**
     * {@code reserved} first, then at most {@code most} other values, most frequent first, ties in
     * the values' natural (alphabetical) order.
     */
    public List<String> top(List<String> reserved, int most) {
        List<String> out = new ArrayList<>(reserved);
        counts.entrySet().stream()
                .filter(e -> !reserved.contains(e.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(most)
                .forEach(e -> out.add(e.getKey()));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Counts c && c.complete == complete && c.counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return complete ? counts.toString() : "(over " + limit + " distinct values)";
    }
}
