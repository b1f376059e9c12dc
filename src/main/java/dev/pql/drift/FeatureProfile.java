package dev.pql.drift;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.features.NumberProcessor;
import dev.pql.features.stats.Counts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One input's distribution as counts over fixed buckets, so profiles of row batches merge by
 * adding (DESIGN §5): numbers over the training deciles' bins, categories over the training's
 * most frequent values plus "other", text over tokens in or out of the training vocabulary. A
 * missing value is a bucket of its own. The buckets are chosen once, on the training rows; a
 * profile of new rows reuses them ({@link #observe}).
 *
 * @param kind         numeric, categorical or text
 * @param edges        numeric: the bin edges (bin i holds edges[i-1] < v <= edges[i])
 * @param values       categorical: the values with a bucket of their own
 * @param vocabulary   text: the training's most frequent tokens
 * @param counts       numeric: rows per bin; categorical: rows per value, then "other"
 * @param tokens       text: tokens seen
 * @param unknownTokens text: tokens outside the vocabulary
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeatureProfile(
        @JsonProperty("feature") String feature,
        @JsonProperty("kind") String kind,
        @JsonProperty("rows") long rows,
        @JsonProperty("missing") long missing,
        @JsonProperty("edges") double[] edges,
        @JsonProperty("values") List<String> values,
        @JsonProperty("vocabulary") List<String> vocabulary,
        @JsonProperty("counts") long[] counts,
        @JsonProperty("tokens") long tokens,
        @JsonProperty("unknown_tokens") long unknownTokens) {

    public static final String NUMERIC = "numeric";
    public static final String CATEGORICAL = "categorical";
    public static final String TEXT = "text";
    /** Number bins: the training deciles. */
    static final int BINS = 10;
    /** Categories with a bucket of their own; rarer ones share "other". */
    static final int MAX_VALUES = 50;
    /** Text tokens in the vocabulary OOV is measured against (the stored profile stays small). */
    static final int MAX_TOKENS = 5000;

    /** The kind of profile a feature type gets; null for types drift does not track (date, vector). */
    static String kindOf(FeatureType type) {
        return switch (type) {
            case NUMBER -> NUMERIC;
            case BINARY, CATEGORY -> CATEGORICAL;
            case TEXT, SEQUENCE, SET, BAG -> TEXT;
            default -> null;
        };
    }

    /** Chooses the buckets on the training values and counts them; null for an untracked type. */
    static FeatureProfile fit(FeatureConfig f, List<Object> values) {
        String kind = kindOf(f.type());
        if (kind == null) {
            return null;
        }
        FeatureProfile empty = switch (kind) {
            case NUMERIC -> new FeatureProfile(f.name(), kind, 0, 0, deciles(values), null, null, null, 0, 0);
            case CATEGORICAL -> new FeatureProfile(f.name(), kind, 0, 0, null, mostFrequent(values), null,
                    null, 0, 0);
            default -> new FeatureProfile(f.name(), kind, 0, 0, null, null, vocabulary(values), null, 0, 0);
        };
        return empty.observe(values);
    }

    /** The profile of {@code values} over this profile's buckets (the training's, for a comparison). */
    public FeatureProfile observe(List<Object> batch) {
        long miss = 0;
        long tokenCount = 0;
        long unknown = 0;
        long[] c = switch (kind) {
            case NUMERIC -> new long[edges.length + 1];
            case CATEGORICAL -> new long[values.size() + 1];
            default -> null;
        };
        Map<String, Integer> index = new LinkedHashMap<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                index.put(values.get(i), i);
            }
        }
        Set<String> known = vocabulary == null ? Set.of() : new HashSet<>(vocabulary);
        for (Object v : batch) {
            if (missing(v)) {
                miss++;
                continue;
            }
            switch (kind) {
                case NUMERIC -> {
                    Double d = NumberProcessor.parse(v);
                    if (d == null) {
                        miss++;
                    } else {
                        c[bin(d)]++;
                    }
                }
                case CATEGORICAL -> c[index.getOrDefault(category(v), values.size())]++;
                default -> {
                    for (String t : tokens(v)) {
                        tokenCount++;
                        unknown += known.contains(t) ? 0 : 1;
                    }
                }
            }
        }
        return new FeatureProfile(feature, kind, batch.size(), miss, edges, values, vocabulary, c, tokenCount, unknown);
    }

    /** The sum of two profiles over the same buckets (batches of one data set). */
    public FeatureProfile merge(FeatureProfile other) {
        long[] c = counts == null ? null : counts.clone();
        for (int i = 0; c != null && i < c.length; i++) {
            c[i] += other.counts[i];
        }
        return new FeatureProfile(feature, kind, rows + other.rows, missing + other.missing, edges, values, vocabulary, c,
                tokens + other.tokens, unknownTokens + other.unknownTokens);
    }

    /** Rows per bucket, the missing bucket last (numeric and categorical profiles). */
    long[] buckets() {
        long[] out = Arrays.copyOf(counts, counts.length + 1);
        out[counts.length] = missing;
        return out;
    }

    /** The share of tokens outside the training vocabulary (text profiles). */
    double oovRate() {
        return tokens == 0 ? 0 : (double) unknownTokens / tokens;
    }

    private int bin(double v) {
        int lo = 0;
        int hi = edges.length; // the number of edges strictly below v
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] deciles(List<Object> values) {
        double[] sorted = values.stream().filter(v -> !missing(v)).map(NumberProcessor::parse)
                .filter(d -> d != null).mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new double[0];
        }
        // upper-inclusive bins ending at each decile; equal deciles (discrete data) collapse into one edge
        return java.util.stream.IntStream.rangeClosed(1, BINS - 1)
                .mapToDouble(i -> sorted[Math.min(sorted.length - 1, (int) Math.ceil(i * sorted.length / (double) BINS) - 1)])
                .distinct().toArray();
    }

    private static List<String> mostFrequent(List<Object> values) {
        Counts counts = new Counts();
        for (Object v : values) {
            if (!missing(v)) {
                counts.add(category(v));
            }
        }
        return counts.top(List.of(), MAX_VALUES);
    }

    private static List<String> vocabulary(List<Object> values) {
        Counts counts = new Counts();
        for (Object v : values) {
            if (!missing(v)) {
                tokens(v).forEach(counts::add);
            }
        }
        return counts.top(List.of(), MAX_TOKENS);
    }

    /** A category as compared: its text, trimmed and in lower case (the store may fold case differently). */
    private static String category(Object v) {
        return String.valueOf(v).trim().toLowerCase(Locale.ROOT);
    }

    /** Lower-case words: letters and digits, as the space_punct tokenizer splits them. */
    static List<String> tokens(Object v) {
        List<String> out = new ArrayList<>();
        for (String t : String.valueOf(v).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean missing(Object v) {
        return v == null || (v instanceof String s && s.isBlank())
                || (v instanceof Double d && !Double.isFinite(d)) || (v instanceof Float f && !Float.isFinite(f));
    }
}
