package dev.pql.train;

import dev.pql.config.FeatureType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How far predicted probabilities can be taken at their word: expected calibration error (10
 * equal-width bins of the confidence, weighted by their rows), the Brier score and the log loss.
 * Binary outputs measure the probability of true; category outputs the predicted class's
 * probability (ECE, as Guo et al. 2017 define it) and the whole distribution (Brier, log loss).
 */
public final class ProbabilityQuality {
    /** Bins of the expected calibration error, as SHOW CALIBRATION draws them. */
    public static final int BINS = 10;
    /** Probabilities are clipped to [EPS, 1 - EPS] in the log loss, as scikit-learn does, so it stays finite. */
    private static final double EPS = 1e-15;

    private ProbabilityQuality() {
    }

    /** {@code ece}, {@code brier} and {@code log_loss} of binary or category scores (truth: 0/1 or class index). */
    public static Map<String, Double> of(FeatureType type, float[][] scores, double[] truth) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("ece", ece(type, scores, truth));
        m.put("brier", brier(type, scores, truth));
        m.put("log_loss", logLoss(type, scores, truth));
        return m;
    }

    /**
     * Expected calibration error: per confidence bin, |mean confidence - share right|, weighted by
     * the bin's share of rows. For binary outputs the "confidence" is the probability of true and
     * "right" is the row being true (a reliability diagram's two axes).
     */
    public static double ece(FeatureType type, float[][] scores, double[] truth) {
        boolean ofTrue = OutputKinds.of(type).probabilityOfTrue();
        long[] rows = new long[BINS];
        double[] predicted = new double[BINS];
        double[] observed = new double[BINS];
        for (int i = 0; i < scores.length; i++) {
            double p;
            boolean happened;
            if (ofTrue) {
                p = scores[i][0];
                happened = truth[i] > 0.5;
            } else {
                int best = Metrics.argmax(scores[i]);
                p = scores[i][best];
                happened = truth[i] == best;
            }
            int bin = Math.min(BINS - 1, Math.max(0, (int) (p * BINS)));
            rows[bin]++;
            predicted[bin] += p;
            observed[bin] += happened ? 1 : 0;
        }
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (rows[b] > 0) {
                ece += Math.abs(predicted[b] - observed[b]) / Math.max(1, scores.length);
            }
        }
        return ece;
    }

    /** Mean squared distance between the predicted distribution and the one-hot truth (binary: of true). */
    static double brier(FeatureType type, float[][] scores, double[] truth) {
        boolean ofTrue = OutputKinds.of(type).probabilityOfTrue();
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            if (ofTrue) {
                double d = scores[i][0] - (truth[i] > 0.5 ? 1 : 0);
                sum += d * d;
            } else {
                for (int j = 0; j < scores[i].length; j++) {
                    double d = scores[i][j] - (truth[i] == j ? 1 : 0);
                    sum += d * d;
                }
            }
        }
        return scores.length == 0 ? 0 : sum / scores.length;
    }

    /**
     * Mean negative log probability of the true class. Rows whose class the model never saw (truth
     * outside the classes) have no probability to take and are left out.
     */
    static double logLoss(FeatureType type, float[][] scores, double[] truth) {
        boolean ofTrue = OutputKinds.of(type).probabilityOfTrue();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            double p;
            if (ofTrue) {
                p = truth[i] > 0.5 ? scores[i][0] : 1 - scores[i][0];
            } else {
                int t = (int) truth[i];
                if (t < 0 || t >= scores[i].length || truth[i] != t) {
                    continue;
                }
                p = scores[i][t];
            }
            sum -= Math.log(Math.min(1 - EPS, Math.max(EPS, p)));
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }
}
