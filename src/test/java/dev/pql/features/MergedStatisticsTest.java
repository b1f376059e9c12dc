package dev.pql.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.features.stats.Counts;
import dev.pql.features.stats.FeatureStatistics;
import dev.pql.features.stats.Moments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The property Spark's statistics rest on: a feature's values split into any partitions, each
 * accumulated alone and the statistics merged in any order, give the one-pass statistics (counts,
 * histograms, minimum and maximum exactly; mean and variance of {@link Moments} within 1e-9
 * relative) and the very same fitted metadata. Seeded random cases; a failure prints its seed.
 */
class MergedStatisticsTest {
    private static final int CASES = 200;
    private static final String[] WORDS = {"red", "blue", "green", "Red", "a b", "x", "y", "z", "2", "2.0", "yes", "no"};

    @Test
    void numbers() {
        property("number", "{\"normalization\": \"zscore\"}", r -> {
            List<Object> v = new ArrayList<>();
            int n = r.nextInt(300);
            double offset = r.nextBoolean() ? 0 : 1e6; // badly conditioned for a sum of squares
            for (int i = 0; i < n; i++) {
                int k = r.nextInt(10);
                v.add(k == 0 ? null : k == 1 ? Double.NaN : k == 2 ? "n/a" : k == 3 ? (Object) r.nextInt(5)
                        : k == 4 ? "" + (r.nextInt(7) - 3) : offset + r.nextGaussian() * (k == 5 ? 1e-3 : 100));
            }
            v.add(r.nextInt(100)); // at least one number
            return v;
        });
    }

    @Test
    void categoriesInputAndOutput() {
        property("category", "{\"most_common\": 4}", this::words);
        property("category", "{\"missing_value_strategy\": \"fill_with_const\", \"fill_value\": \"blue\"}", this::words);
    }

    @Test
    void textSetBagBinaryDate() {
        property("text", "{\"tokenizer\": \"space_punct\", \"most_common\": 5}", this::sentences);
        property("text", "{\"tokenizer\": \"ngram\", \"ngram_size\": 2, \"lowercase\": true}", this::sentences);
        property("set", "{\"tokenizer\": \"space\"}", this::sentences);
        property("bag", "{\"tokenizer\": \"space\", \"most_common\": 3}", this::sentences);
        property("binary", "{}", this::words);
        property("date", "{}", r -> {
            List<Object> v = new ArrayList<>();
            for (int i = r.nextInt(50); i >= 0; i--) {
                v.add(r.nextInt(8) == 0 ? null : (1990 + r.nextInt(35)) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10));
            }
            v.add("2001-02-03"); // at least one date
            return v;
        });
    }

    /** The one-pass quantiles and mode equal an independent oracle: sorting every value. */
    @Test
    void numberStatisticsEqualSortingEveryValue() {
        Random r = new Random(11);
        for (int c = 0; c < CASES; c++) {
            double[] values = new double[1 + r.nextInt(500)];
            for (int i = 0; i < values.length; i++) {
                values[i] = r.nextInt(3) == 0 ? r.nextInt(4) : Math.round(r.nextGaussian() * 1000) / 10.0;
            }
            NumberProcessor p = (NumberProcessor) Processors.create(FeaturesTest.feature("number", "{}"), false);
            List<Object> boxed = new ArrayList<>();
            for (double d : values) {
                boxed.add(d);
            }
            p.fit(boxed);
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            List<Double> quantiles = p.metadata().quantiles();
            for (int i = 0; i <= NumberProcessor.QUANTILES; i++) {
                assertEquals(sorted[(int) Math.round((double) i / NumberProcessor.QUANTILES * (sorted.length - 1))],
                        quantiles.get(i), "quantile " + i + " of case " + c);
            }
            double mode = sorted[0];
            int best = 0;
            for (int i = 0, run = 0; i < sorted.length; i++) {
                run = i > 0 && sorted[i] == sorted[i - 1] ? run + 1 : 1;
                if (run > best) {
                    best = run;
                    mode = sorted[i];
                }
            }
            assertEquals(String.valueOf(mode), p.metadata().mode(), "mode of case " + c);
            double mean = Arrays.stream(values).sum() / values.length;
            assertEquals(mean, p.metadata().mean(), 1e-9 * Math.max(1, Math.abs(mean)), "mean of case " + c);
        }
    }

    @Test
    void momentsMergeWithinRoundingWhereASumOfSquaresCancels() {
        Random r = new Random(5);
        for (int c = 0; c < CASES; c++) {
            double[] values = new double[2 + r.nextInt(1000)];
            for (int i = 0; i < values.length; i++) {
                values[i] = 1e6 + r.nextGaussian(); // variance 1 on a mean of 1e6
            }
            Moments whole = Moments.of(values.clone(), values.length);
            Moments merged = new Moments();
            for (int[] part : partitions(r, values.length)) {
                merged.merge(Moments.of(Arrays.copyOfRange(values, part[0], part[1]), part[1] - part[0]));
            }
            assertEquals(whole.count(), merged.count());
            assertEquals(whole.min(), merged.min());
            assertEquals(whole.max(), merged.max());
            assertEquals(whole.mean(), merged.mean(), 1e-9 * Math.abs(whole.mean()), "case " + c);
            assertEquals(whole.variance(), merged.variance(), 1e-9 * whole.variance(), "case " + c);
        }
    }

    /** Past its limit a part is dropped, says so, and is taken from a sample; the moments stay the data's. */
    @Test
    void overLimitPartsComeFromASample() {
        NumberProcessor p = (NumberProcessor) Processors.create(FeaturesTest.feature("number", "{}"), false);
        List<Object> all = List.of(1.0, 2.0, 3.0, 4.0, 100.0);
        FeatureStatistics big = p.accumulate(all, 3);
        assertFalse(big.complete());
        assertFalse(big.histogram().complete());
        assertEquals(5, big.histogram().count(), "the count survives");
        FeatureStatistics sample = p.accumulate(List.of(1.0, 2.0));
        p.fit(big.completedBy(sample));
        assertEquals(22.0, p.metadata().mean(), 1e-12, "mean of all five values, not of the sample");
        assertEquals(100.0, p.metadata().max());
        assertEquals(2.0, p.metadata().quantiles().get(NumberProcessor.QUANTILES), "quantiles of the sample");

        Counts counts = new Counts(2);
        counts.add("a");
        counts.add("b");
        assertTrue(counts.complete());
        Counts other = new Counts(2);
        other.add("c");
        assertFalse(counts.merge(other).complete(), "three distinct values over a limit of two");
    }

    private List<Object> words(Random r) {
        List<Object> v = new ArrayList<>();
        for (int i = r.nextInt(80); i >= 0; i--) {
            int k = r.nextInt(12);
            v.add(k == 0 ? null : k == 1 ? " " : k == 2 ? (Object) 2.0 : k == 3 ? (Object) Boolean.TRUE : WORDS[r.nextInt(WORDS.length)]);
        }
        v.add("red");
        v.add("blue"); // a category target needs two classes
        return v;
    }

    private List<Object> sentences(Random r) {
        List<Object> v = new ArrayList<>();
        for (int i = r.nextInt(60); i >= 0; i--) {
            if (r.nextInt(8) == 0) {
                v.add(null);
                continue;
            }
            StringBuilder s = new StringBuilder();
            for (int j = r.nextInt(6); j >= 0; j--) {
                s.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(4) == 0 ? ", " : " ");
            }
            v.add(s.toString());
        }
        v.add("red blue");
        return v;
    }

    /** For random values of a type, as input and (for types that can be one) as output. */
    private void property(String type, String preprocessing, Function<Random, List<Object>> values) {
        for (boolean output : new boolean[] {false, true}) {
            if (output && !List.of("category", "set", "number", "binary").contains(type)) {
                continue;
            }
            for (int c = 0; c < CASES; c++) {
                long seed = c * 7919L + type.hashCode();
                Random r = new Random(seed);
                List<Object> v = values.apply(r);
                String where = type + " " + preprocessing + (output ? " output" : " input") + ", seed " + seed;
                FeatureProcessor once = Processors.create(FeaturesTest.feature(type, preprocessing), output);
                FeatureStatistics single = once.accumulate(v);
                once.fit(v);

                List<FeatureStatistics> parts = new ArrayList<>();
                for (int[] part : partitions(r, v.size())) {
                    parts.add(once.accumulate(v.subList(part[0], part[1])));
                }
                Collections.shuffle(parts, r); // partitions finish in any order
                FeatureStatistics merged = parts.get(0);
                for (FeatureStatistics p : parts.subList(1, parts.size())) {
                    merged = r.nextBoolean() ? merged.merge(p) : p.merge(merged);
                }
                assertEquals(single.counts(), merged.counts(), where);
                assertEquals(single.histogram(), merged.histogram(), where);
                if (single.moments() != null) {
                    Moments a = single.moments();
                    Moments b = merged.moments();
                    assertEquals(a.count(), b.count(), where);
                    if (a.count() > 0) {
                        assertEquals(a.min(), b.min(), where);
                        assertEquals(a.max(), b.max(), where);
                        assertEquals(a.mean(), b.mean(), 1e-9 * Math.max(1e-300, Math.abs(a.mean())), where);
                        assertEquals(a.variance(), b.variance(), 1e-9 * a.variance() + 1e-300, where);
                    }
                }
                FeatureProcessor fromParts = Processors.create(FeaturesTest.feature(type, preprocessing), output);
                fromParts.fit(merged);
                assertEquals(once.metadata(), fromParts.metadata(), where);
            }
        }
    }

    /** Random [from, to) ranges covering 0..n, some of them empty. */
    private static List<int[]> partitions(Random r, int n) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        int k = 1 + r.nextInt(8);
        for (int i = 1; i < k; i++) {
            int to = from + r.nextInt(n - from + 1);
            out.add(new int[] {from, to});
            from = to;
        }
        out.add(new int[] {from, n});
        return out;
    }
}
