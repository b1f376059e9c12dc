package dev.pql.features;

import dev.pql.features.stats.Counts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A vocabulary built from counts (a mergeable aggregate): the reserved entries first, then the
 * {@code mostCommon} most frequent values, ties broken alphabetically so that it is deterministic.
 */
public final class Vocabulary {
    private final List<String> entries;
    private final Map<String, Integer> index = new HashMap<>();

    public Vocabulary(List<String> entries) {
        this.entries = List.copyOf(entries);
        for (int i = 0; i < this.entries.size(); i++) {
            index.putIfAbsent(this.entries.get(i), i);
        }
    }

    public static Vocabulary fromCounts(Counts counts, List<String> reserved, int mostCommon) {
        return new Vocabulary(counts.top(reserved, mostCommon));
    }

    /** The index of a value, or {@code unknown} when it is not in the vocabulary. */
    public int indexOf(String value, int unknown) {
        return index.getOrDefault(value, unknown);
    }

    public String get(int i) {
        return entries.get(i);
    }

    public int size() {
        return entries.size();
    }

    public List<String> entries() {
        return entries;
    }
}
