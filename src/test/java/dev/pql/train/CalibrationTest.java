package dev.pql.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.config.FeatureType;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Temperature scaling on scores whose miscalibration we control: an overconfident model (true
 * probabilities sharpened) gets T > 1, a timid one T < 1, calibrated scores are left about alone;
 * ECE and log loss go down, and no row's predicted class changes.
 */
class CalibrationTest {
    /** Rows whose true class probabilities are {@code p}, scored as p^sharpness renormalised. */
    private record Set(float[][] scores, double[] truth) {
    }

    private static Set category(int rows, int classes, double sharpness, long seed) {
        Random r = new Random(seed);
        float[][] scores = new float[rows][];
        double[] truth = new double[rows];
        for (int i = 0; i < rows; i++) {
            double[] p = new double[classes];
            double sum = 0;
            for (int j = 0; j < classes; j++) {
                p[j] = Math.exp(2 * r.nextGaussian());
                sum += p[j];
            }
            double u = r.nextDouble();
            double acc = 0;
            truth[i] = classes - 1;
            for (int j = 0; j < classes; j++) {
                p[j] /= sum;
                acc += p[j];
                if (u < acc && truth[i] == classes - 1 && j < classes - 1) {
                    truth[i] = j;
                    u = 2; // chosen
                }
            }
            double s2 = 0;
            for (double v : p) {
                s2 += Math.pow(v, sharpness);
            }
            scores[i] = new float[classes];
            for (int j = 0; j < classes; j++) {
                scores[i][j] = (float) (Math.pow(p[j], sharpness) / s2);
            }
        }
        return new Set(scores, truth);
    }

    private static Set binary(int rows, double sharpness, long seed) {
        Random r = new Random(seed);
        float[][] scores = new float[rows][];
        double[] truth = new double[rows];
        for (int i = 0; i < rows; i++) {
            double z = 1.5 * r.nextGaussian();
            double p = 1 / (1 + Math.exp(-z));
            truth[i] = r.nextDouble() < p ? 1 : 0;
            scores[i] = new float[] {(float) (1 / (1 + Math.exp(-z * sharpness)))};
        }
        return new Set(scores, truth);
    }

    @Test
    void overconfidentCategoryScoresAreSoftenedWithoutChangingAPrediction() {
        Set fit = category(600, 4, 3.0, 1);
        Calibration c = Calibration.fit(FeatureType.CATEGORY, fit.scores(), fit.truth(), "validation");
        assertTrue(c.temperature() > 2 && c.temperature() < 4, "sharpened 3x, so T near 3: " + c.temperature());
        assertTrue(c.after().get("ece") < c.before().get("ece") / 2, c.before() + " -> " + c.after());
        assertTrue(c.after().get("log_loss") < c.before().get("log_loss"));
        assertTrue(c.after().get("brier") <= c.before().get("brier"));
        // fresh rows from the same model: calibration carries over and keeps every argmax
        Set fresh = category(600, 4, 3.0, 2);
        float[][] calibrated = c.apply(FeatureType.CATEGORY, fresh.scores());
        for (int i = 0; i < calibrated.length; i++) {
            assertEquals(Metrics.argmax(fresh.scores()[i]), Metrics.argmax(calibrated[i]), "row " + i);
            double sum = 0;
            for (float v : calibrated[i]) {
                sum += v;
            }
            assertEquals(1.0, sum, 1e-5);
        }
        double before = ProbabilityQuality.ece(FeatureType.CATEGORY, fresh.scores(), fresh.truth());
        double after = ProbabilityQuality.ece(FeatureType.CATEGORY, calibrated, fresh.truth());
        assertTrue(after <= before, before + " -> " + after);
    }

    @Test
    void binaryScoresMoveTowardsTheirTrueProbabilityAndKeepTheirSide() {
        Set over = binary(800, 4.0, 3);
        Calibration soft = Calibration.fit(FeatureType.BINARY, over.scores(), over.truth(), "out_of_fold");
        assertTrue(soft.temperature() > 2.5, "T " + soft.temperature());
        assertTrue(soft.after().get("ece") <= soft.before().get("ece"));
        float[][] calibrated = soft.apply(FeatureType.BINARY, over.scores());
        for (int i = 0; i < calibrated.length; i++) {
            assertEquals(over.scores()[i][0] >= 0.5, calibrated[i][0] >= 0.5, "row " + i);
        }
        Set timid = binary(800, 0.4, 4);
        assertTrue(Calibration.fit(FeatureType.BINARY, timid.scores(), timid.truth(), "validation").temperature() < 0.6);
        Set honest = binary(4000, 1.0, 5);
        double t = Calibration.fit(FeatureType.BINARY, honest.scores(), honest.truth(), "validation").temperature();
        assertTrue(t > 0.85 && t < 1.15, "an honest model is left about as it is: T " + t);
    }

    @Test
    void honestScoresOnFewRowsKeepTheirScoresBitForBit() {
        // Calibrated scores on a few hundred rows: the fitted temperature is sampling noise, and taking
        // it moved a well-calibrated spam model's test ECE from 0.0064 to 0.0083. Not significant: T = 1.
        int kept = 0;
        for (long seed = 10; seed < 30; seed++) {
            Set honest = binary(300, 1.0, seed);
            Calibration c = Calibration.fit(FeatureType.BINARY, honest.scores(), honest.truth(), "validation");
            if (c.temperature() == 1.0) {
                kept++;
                float[][] same = c.apply(FeatureType.BINARY, honest.scores());
                for (int i = 0; i < same.length; i++) {
                    assertEquals(honest.scores()[i][0], same[i][0], 0.0, "row " + i);
                }
                assertEquals(c.before(), c.after());
            }
        }
        assertTrue(kept >= 16, "an honest model keeps its scores on most samples (a 5% score test): " + kept + "/20");
        // a real miscalibration on the same number of rows is still corrected
        Set over = binary(300, 3.0, 40);
        assertTrue(Calibration.fit(FeatureType.BINARY, over.scores(), over.truth(), "validation").temperature() > 1.5);
    }

    @Test
    void isotonicBendsProbabilitiesMonotonicallyTowardsWhatHappened() {
        Set over = binary(1500, 4.0, 7);
        Calibration c = Calibration.fit(FeatureType.BINARY, over.scores(), over.truth(), "validation", "isotonic");
        assertEquals("isotonic", c.method());
        assertTrue(c.after().get("ece") < c.before().get("ece") / 2, c.before() + " -> " + c.after());
        Set fresh = binary(1500, 4.0, 8);
        float[][] calibrated = c.apply(FeatureType.BINARY, fresh.scores());
        double before = ProbabilityQuality.ece(FeatureType.BINARY, fresh.scores(), fresh.truth());
        double after = ProbabilityQuality.ece(FeatureType.BINARY, calibrated, fresh.truth());
        assertTrue(after < before, "fresh rows: " + before + " -> " + after);
        // monotone: a higher raw probability never gets a lower calibrated one
        float[][] grid = new float[101][];
        for (int i = 0; i <= 100; i++) {
            grid[i] = new float[] {i / 100f};
        }
        float[][] mapped = c.apply(FeatureType.BINARY, grid);
        for (int i = 1; i <= 100; i++) {
            assertTrue(mapped[i][0] >= mapped[i - 1][0], "at " + i);
        }
        Set classes = category(900, 3, 3.0, 9);
        Calibration k = Calibration.fit(FeatureType.CATEGORY, classes.scores(), classes.truth(), "out_of_fold", "isotonic");
        assertEquals(3, k.isotonic().size(), "one curve per class");
        for (float[] row : k.apply(FeatureType.CATEGORY, classes.scores())) {
            double sum = 0;
            for (float v : row) {
                sum += v;
            }
            assertEquals(1.0, sum, 1e-5);
        }
        assertTrue(k.after().get("ece") < k.before().get("ece"));
    }

    @Test
    void tooFewHeldOutRowsLeaveTheScoresAlone() {
        Set few = binary(Calibration.MIN_ROWS - 1, 3.0, 6);
        assertNull(Calibration.fit(FeatureType.BINARY, few.scores(), few.truth(), "validation"));
    }

    @Test
    void qualityMetricsOnHandComputedRows() {
        float[][] scores = {{0.95f}, {0.8f}, {0.3f}, {0.6f}};
        double[] truth = {1, 0, 0, 1};
        var m = ProbabilityQuality.of(FeatureType.BINARY, scores, truth);
        // bins: 0.95 -> bin 9 (1 of 1 true), 0.8 -> bin 8 (0 of 1), 0.3 -> bin 3 (0 of 1), 0.6 -> bin 6 (1 of 1)
        assertEquals((0.05 + 0.8 + 0.3 + 0.4) / 4, m.get("ece"), 1e-6);
        assertEquals((0.0025 + 0.64 + 0.09 + 0.16) / 4, m.get("brier"), 1e-6);
        assertEquals(-(Math.log(0.95) + Math.log(0.2) + Math.log(0.7) + Math.log(0.6)) / 4, m.get("log_loss"), 1e-6);
        float[][] classes = {{0.7f, 0.2f, 0.1f}, {0.2f, 0.5f, 0.3f}};
        var c = ProbabilityQuality.of(FeatureType.CATEGORY, classes, new double[] {0, 2});
        assertEquals((Math.abs(0.7 - 1) + Math.abs(0.5 - 0)) / 2, c.get("ece"), 1e-6);
        assertEquals((0.09 + 0.04 + 0.01 + 0.04 + 0.25 + 0.49) / 2, c.get("brier"), 1e-6);
        assertEquals(-(Math.log(0.7) + Math.log(0.3)) / 2, c.get("log_loss"), 1e-6);
    }
}
