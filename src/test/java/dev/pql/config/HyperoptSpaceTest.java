package dev.pql.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ludwig's spaces draw inside their bounds, on their grid, and the same seed draws the same values. */
class HyperoptSpaceTest {
    private static HyperoptSpace space(String yaml) {
        return HyperoptSpace.parse("p", ConfigMapper.parse("p: " + yaml, "test").get("p"), "hyperopt.parameters.p");
    }

    @Test
    void drawsStayInsideTheirSpace() {
        Random r = new Random(7);
        HyperoptSpace randint = space("{space: randint, lower: 0, upper: 3}");
        HyperoptSpace log = space("{space: loguniform, lower: 0.0001, upper: 0.1}");
        HyperoptSpace q = space("{space: quniform, lower: 0, upper: 1, q: 0.25}");
        Set<Object> ints = new HashSet<>();
        int small = 0;
        for (int i = 0; i < 2000; i++) {
            ints.add(randint.sample(r));
            double l = (double) log.sample(r);
            assertTrue(l >= 0.0001 && l <= 0.1, "loguniform " + l);
            small += l < 0.001 ? 1 : 0;
            double v = (double) q.sample(r);
            assertEquals(0, Math.abs(v / 0.25 - Math.round(v / 0.25)), 1e-9, "quniform on its grid: " + v);
        }
        assertEquals(Set.of(0L, 1L, 2L), ints, "randint's upper is excluded, as in Ludwig");
        assertTrue(small > 500 && small < 800, "loguniform: a third of draws in each decade, got " + small);
    }

    @Test
    void theSameSeedGivesTheSameTrials() {
        HyperoptSpace choice = space("{space: choice, categories: [16, 32, 64]}");
        HyperoptSpace normal = space("{space: randn, mean: 1, sd: 0.5}");
        List<Object> a = List.of(choice.sample(new Random(42)), normal.sample(new Random(42)));
        List<Object> b = List.of(choice.sample(new Random(42)), normal.sample(new Random(42)));
        assertEquals(a, b);
        assertNotEquals(normal.sample(new Random(1)), normal.sample(new Random(2)));
        assertTrue(List.of(16L, 32L, 64L).contains(a.get(0)), "choice gives one of its categories: " + a.get(0));
    }
}
