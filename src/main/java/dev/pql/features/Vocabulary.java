package dev.pql.features;

import java.util.ArrayList;
import java.util.Comparator;
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

    public static Vocabulary fromCounts(Map<String, Long> counts, List<String> reserved, int mostCommon) {
        List<String> entries = new ArrayList<>(reserved);
        counts.entrySet().stream()
                .filter(e -> !reserved.contains(e.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(mostCommon)
                .forEach(e -> entries.add(e.getKey()));
        return new Vocabulary(entries);
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
