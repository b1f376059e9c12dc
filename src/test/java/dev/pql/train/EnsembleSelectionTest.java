package dev.pql.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.config.FeatureType;
import org.junit.jupiter.api.Test;

/** Caruana's selection: weights are pick shares, the better candidate wins, complements are mixed. */
class EnsembleSelectionTest {
    private static final double[] TRUTH = {1, 0, 1, 0};

    @Test
    void aCandidateThatIsBetterOnEveryRowTakesTheWholeWeight() {
        float[][] good = {{0.9f}, {0.1f}, {0.8f}, {0.2f}};
        float[][] bad = {{0.6f}, {0.4f}, {0.4f}, {0.6f}};
        double[] w = EnsembleSelection.weights(FeatureType.BINARY, new float[][][] {bad, good}, TRUTH);
        assertArrayEquals(new double[] {0, 1}, w, 1e-9);
    }

    @Test
    void candidatesRightOnDifferentRowsAreMixed() {
        float[][] first = {{0.99f}, {0.01f}, {0.3f}, {0.7f}};
        float[][] second = {{0.3f}, {0.7f}, {0.99f}, {0.01f}};
        double[] w = EnsembleSelection.weights(FeatureType.BINARY, new float[][][] {first, second}, TRUTH);
        assertEquals(1.0, w[0] + w[1], 1e-9);
        assertTrue(w[0] > 0.2 && w[1] > 0.2, "each covers the other's mistakes: " + w[0] + ", " + w[1]);
        float[][] blend = EnsembleSelection.blend(new float[][][] {first, second}, w);
        assertTrue(EnsembleSelection.loss(FeatureType.BINARY, blend, TRUTH)
                < Math.min(EnsembleSelection.loss(FeatureType.BINARY, first, TRUTH),
                EnsembleSelection.loss(FeatureType.BINARY, second, TRUTH)));
    }

    @Test
    void numbersAreChosenBySquaredError() {
        double[] truth = {1, 2, 3};
        float[][] exact = {{1}, {2}, {3}};
        float[][] off = {{2}, {3}, {4}};
        double[] w = EnsembleSelection.weights(FeatureType.NUMBER, new float[][][] {off, exact}, truth);
        assertArrayEquals(new double[] {0, 1}, w, 1e-9);
        assertEquals(1.0, EnsembleSelection.loss(FeatureType.NUMBER, off, truth), 1e-9);
    }
}
