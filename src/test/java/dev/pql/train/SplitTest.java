package dev.pql.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.config.PreprocessingConfig.SplitConfig;
import dev.pql.data.Split;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The split types and the rebalancing of the training rows. */
class SplitTest {
    static final List<Double> P = List.of(0.6, 0.2, 0.2);

    static SplitConfig config(String type) {
        return new SplitConfig(type, P, "c", null);
    }

    @Test
    void fixedReadsTheColumn() {
        Split s = Split.create(config("fixed"), List.of("train", "test", "validation", "0", "2"), null, 5, 1);
        assertArrayEquals(new int[] {0, 3}, s.train());
        assertArrayEquals(new int[] {2}, s.validation());
        assertArrayEquals(new int[] {1, 4}, s.test());
        assertThrows(PqlException.class, () -> Split.create(config("fixed"), List.of("train", "later"), null, 2, 1));
    }

    @Test
    void stratifyKeepsEachClassShare() {
        List<Object> labels = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            labels.add(i < 90 ? "ham" : "spam");
        }
        Split s = Split.create(new SplitConfig("stratify", P, null, null), null, labels, 100, 3);
        assertEquals(2, Arrays.stream(s.test()).filter(r -> r >= 90).count(), "20% of the 10 spam rows");
        assertEquals(6, Arrays.stream(s.train()).filter(r -> r >= 90).count());
        assertEquals(100, s.train().length + s.validation().length + s.test().length);
    }

    @Test
    void hashIsStableAsDataGrows() {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add("id-" + i);
        }
        Split small = Split.create(config("hash"), ids.subList(0, 100), null, 100, 1);
        Split large = Split.create(config("hash"), ids, null, 200, 99);
        assertArrayEquals(small.test(), Arrays.stream(large.test()).filter(r -> r < 100).toArray(), "same rows, same set");
        assertTrue(large.train().length > 80 && large.train().length < 160, "about 60%: " + large.train().length);
    }

    @Test
    void datetimeTrainsOnThePast() {
        List<Object> dates = List.of("2024-03-01", "2024-01-01", "2024-05-01", "2024-02-01", "2024-04-01");
        Split s = Split.create(config("datetime"), dates, null, 5, 1);
        assertArrayEquals(new int[] {0, 1, 3}, s.train(), "January to March: the oldest three");
        assertArrayEquals(new int[] {4}, s.validation());
        assertArrayEquals(new int[] {2}, s.test(), "May, the newest");
    }

    @Test
    void oversampleAndUndersampleTheTrainingRowsOnly() {
        List<Object> labels = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            labels.add(i % 10 == 0 ? "rare" : "common");
        }
        Split base = Split.create(new SplitConfig("stratify", List.of(0.8, 0.1, 0.1), null, null), null, labels, 100, 1);
        Split over = base.resample(labels, 1.0, null, 1);
        assertEquals(count(over, labels, "common"), count(over, labels, "rare"), "rare repeated up to the common count");
        Split under = base.resample(labels, null, 0.5, 1);
        assertEquals(2 * count(under, labels, "rare"), count(under, labels, "common"), "common cut to twice the rare");
        assertArrayEquals(base.test(), under.test());
        assertArrayEquals(base.validation(), over.validation());
    }

    private static long count(Split s, List<Object> labels, String label) {
        return Arrays.stream(s.train()).filter(r -> labels.get(r).equals(label)).count();
    }

    @Test
    void foldsPartitionTheTrainingAndValidationRowsByClass() {
        List<Object> labels = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            labels.add(i % 10 == 0 ? "rare" : "common");
        }
        int[] test = {0, 1, 2, 3, 4};
        Split base = new Split(java.util.stream.IntStream.range(5, 80).toArray(),
                java.util.stream.IntStream.range(80, 100).toArray(), test);
        List<Split> folds = base.folds(5, labels, 42);
        assertEquals(5, folds.size());
        List<Integer> held = new ArrayList<>();
        for (Split f : folds) {
            assertArrayEquals(test, f.test(), "test rows stay out of every fold");
            assertEquals(95, f.train().length + f.validation().length, "each fold's model sees every other row");
            long rare = Arrays.stream(f.validation()).filter(r -> labels.get(r).equals("rare")).count();
            assertTrue(rare >= 1 && rare <= 2, "stratified: the 9 rare rows spread over the folds, got " + rare);
            Arrays.stream(f.validation()).forEach(held::add);
        }
        held.sort(null);
        assertEquals(java.util.stream.IntStream.range(5, 100).boxed().toList(), held, "every row validates exactly once");
        assertEquals(Arrays.toString(folds.get(2).validation()), Arrays.toString(base.folds(5, labels, 42).get(2).validation()),
                "the same seed gives the same folds");
        assertThrows(PqlException.class, () -> new Split(new int[] {1, 2}, new int[0], new int[0]).folds(5, null, 1));
    }
}
