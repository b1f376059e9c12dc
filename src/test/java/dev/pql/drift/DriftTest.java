package dev.pql.drift;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pql.config.ConfigMapper;
import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Drift statistics on data whose shift we control: the same distribution is not drifted (also on
 * few rows, where chance alone gives a large PSI), a shifted mean, swapped category shares and
 * unknown words are; profiles of batches merge to the profile of all rows; the stored form reads back.
 */
class DriftTest {
    private static FeatureConfig feature(String name, FeatureType type) {
        return new FeatureConfig(name, name, type, null, null, null, null, null, null);
    }

    private static List<Object> gaussian(int n, double mean, long seed) {
        Random r = new Random(seed);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(mean + r.nextGaussian());
        }
        return out;
    }

    private static List<Object> categories(int n, double[] shares, long seed) {
        Random r = new Random(seed);
        String[] names = {"a", "b", "c"};
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            int k = u < shares[0] ? 0 : u < shares[0] + shares[1] ? 1 : 2;
            out.add(names[k]);
        }
        return out;
    }

    private static List<Object> texts(int n, double unknownShare, long seed) {
        Random r = new Random(seed);
        String[] known = {"cheap", "meeting", "offer", "report", "lunch", "invoice", "click", "win"};
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder s = new StringBuilder();
            for (int w = 0; w < 6; w++) {
                s.append(r.nextDouble() < unknownShare ? "zz" + r.nextInt(1000) : known[r.nextInt(known.length)]).append(' ');
            }
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void numbersDriftWhenTheirMeanMoves() {
        FeatureProfile training = FeatureProfile.fit(feature("x", FeatureType.NUMBER), gaussian(2000, 0, 1));
        assertEquals(FeatureProfile.NUMERIC, training.kind());
        assertEquals(9, training.edges().length, "the nine inner deciles");
        Drift same = Drift.of(training, gaussian(500, 0, 2));
        assertEquals("psi", same.statistic());
        assertFalse(same.drifted(), "same distribution: " + same);
        Drift moved = Drift.of(training, gaussian(500, 1, 3));
        assertTrue(moved.drifted() && moved.value() > 0.5, "mean moved by one sd: " + moved);
        assertEquals(500, moved.rows());
        assertEquals(2000, moved.trainingRows());
        Drift missing = Drift.of(training, new ArrayList<>(java.util.Collections.nCopies(300, null)));
        assertTrue(missing.drifted(), "a column gone missing has drifted: " + missing);
    }

    @Test
    void fewRowsOfTheSameDistributionAreNotCalledDrift() {
        FeatureProfile training = FeatureProfile.fit(feature("x", FeatureType.NUMBER), gaussian(2000, 0, 1));
        for (long seed = 10; seed < 30; seed++) {
            Drift d = Drift.of(training, gaussian(20, 0, seed));
            assertFalse(d.drifted(), "20 rows, seed " + seed + ": " + d);
            assertTrue(d.threshold() > Drift.PSI_THRESHOLD, "the bar rises on few rows");
        }
        assertTrue(Drift.of(training, gaussian(20, 3, 5)).drifted(), "a large move shows even on 20 rows");
    }

    @Test
    void categoriesDriftWhenTheirSharesSwap() {
        FeatureProfile training = FeatureProfile.fit(feature("c", FeatureType.CATEGORY),
                categories(2000, new double[] {0.5, 0.3, 0.2}, 1));
        assertEquals(List.of("a", "b", "c"), training.values());
        assertFalse(Drift.of(training, categories(500, new double[] {0.5, 0.3, 0.2}, 2)).drifted());
        Drift swapped = Drift.of(training, categories(500, new double[] {0.2, 0.3, 0.5}, 3));
        assertTrue(swapped.drifted() && swapped.value() > 0.3, swapped.toString());
        List<Object> unseen = new ArrayList<>(java.util.Collections.nCopies(200, "purple"));
        assertTrue(Drift.of(training, unseen).drifted(), "values training never saw");
    }

    @Test
    void textDriftsWhenUnknownWordsRise() {
        FeatureProfile training = FeatureProfile.fit(feature("t", FeatureType.TEXT), texts(1000, 0, 1));
        assertEquals(0.0, training.oovRate());
        Drift same = Drift.of(training, texts(300, 0.02, 2));
        assertEquals("oov_rate_change", same.statistic());
        assertFalse(same.drifted(), same.toString());
        Drift moved = Drift.of(training, texts(300, 0.5, 3));
        assertTrue(moved.drifted() && moved.value() > 0.4 && moved.value() < 0.6, moved.toString());
    }

    @Test
    void batchProfilesMergeIntoTheWholeAndReadBack() throws Exception {
        List<Object> all = gaussian(1000, 0, 1);
        FeatureProfile training = FeatureProfile.fit(feature("x", FeatureType.NUMBER), all);
        FeatureProfile first = training.observe(all.subList(0, 400));
        FeatureProfile second = training.observe(all.subList(400, 1000));
        assertArrayEquals(training.counts(), first.merge(second).counts());
        assertEquals(training.rows(), first.merge(second).rows());

        TrainingProfile profile = TrainingProfile.of(
                List.of(feature("x", FeatureType.NUMBER), feature("c", FeatureType.CATEGORY), feature("t", FeatureType.TEXT),
                        feature("d", FeatureType.DATE)),
                List.of(all, categories(1000, new double[] {0.5, 0.3, 0.2}, 2), texts(1000, 0, 3),
                        new ArrayList<>(java.util.Collections.nCopies(1000, "2026-01-01"))));
        assertEquals(3, profile.features().size(), "dates are not tracked");
        ObjectMapper json = ConfigMapper.json();
        TrainingProfile back = json.readValue(json.writeValueAsBytes(profile), TrainingProfile.class);
        assertArrayEquals(profile.feature("x").edges(), back.feature("x").edges());
        assertArrayEquals(profile.feature("c").counts(), back.feature("c").counts());
        assertEquals(profile.feature("t").vocabulary(), back.feature("t").vocabulary());
        assertEquals(Drift.of(profile.feature("x"), gaussian(300, 1, 4)), Drift.of(back.feature("x"), gaussian(300, 1, 4)));
    }
}
