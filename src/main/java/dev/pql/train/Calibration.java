package dev.pql.train;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.FeatureType;
import java.util.Map;

/**
 * Temperature scaling (Guo et al. 2017), fitted on held-out rows and stored with a version:
 * probabilities p become softmax(log p / T) (binary: sigmoid(logit p / T)). One number, fitted by
 * minimising the log loss, so the order of the classes, and with it every argmax, stays as it was:
 * accuracy does not move, only how sure the model says it is. A temperature that would raise the
 * held-out rows' expected calibration error is not taken (T stays 1), so ECE after <= ECE before there. Working on probabilities (not the
 * network's logits) lets the same map serve k-fold averages and LightGBM's probabilities.
 *
 * @param method     "temperature"
 * @param temperature T; above 1 softens an overconfident model, below 1 sharpens a timid one
 * @param rows       the held-out rows it was fitted on
 * @param fittedOn   "validation" (the validation split) or "out_of_fold" (k-fold predictions)
 * @param before     ece, brier and log_loss of those rows before calibration
 * @param after      the same after calibration
 */
public record Calibration(
        @JsonProperty("method") String method,
        @JsonProperty("temperature") double temperature,
        @JsonProperty("rows") int rows,
        @JsonProperty("fitted_on") String fittedOn,
        @JsonProperty("before") Map<String, Double> before,
        @JsonProperty("after") Map<String, Double> after) {

    public static final String TEMPERATURE = "temperature";
    public static final String NONE = "none";
    /** Fewer held-out rows than this fit a temperature on noise: the version is left uncalibrated. */
    public static final int MIN_ROWS = 10;
    /** Probabilities are clipped away from 0 and 1 before taking logs. */
    private static final double CLIP = 1e-7;
    /** The search range of 1/T: from twenty times softer to twenty times sharper. */
    private static final double LOW = 0.05;
    private static final double HIGH = 20;

    /**
     * Fits a temperature to held-out scores (probabilities) and their truths; null when there are
     * too few rows to fit one.
     */
    public static Calibration fit(FeatureType type, float[][] scores, double[] truth, String fittedOn) {
        if (scores.length < MIN_ROWS) {
            return null;
        }
        // log loss is convex in beta = 1/T (a log-sum-exp minus a linear term): golden-section search finds the minimum
        double a = Math.log(LOW);
        double b = Math.log(HIGH);
        double g = (Math.sqrt(5) - 1) / 2;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        double fc = logLoss(type, scores, truth, Math.exp(c));
        double fd = logLoss(type, scores, truth, Math.exp(d));
        for (int i = 0; i < 60; i++) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = logLoss(type, scores, truth, Math.exp(c));
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = logLoss(type, scores, truth, Math.exp(d));
            }
        }
        double beta = Math.exp((a + b) / 2);
        if (logLoss(type, scores, truth, beta) > logLoss(type, scores, truth, 1.0)) {
            beta = 1.0; // never worse than leaving the scores alone
        }
        Map<String, Double> before = ProbabilityQuality.of(type, scores, truth);
        Map<String, Double> after = ProbabilityQuality.of(type, scale(type, scores, beta), truth);
        if (after.get("ece") > before.get("ece")) {
            // A lower log loss with a higher binned error: the rows disagree about which way to go.
            // Trust neither direction and keep the scores as trained (T = 1), which can only tie.
            beta = 1.0;
            after = before;
        }
        return new Calibration(TEMPERATURE, 1 / beta, scores.length, fittedOn, before, after);
    }

    /** Calibrated copies of {@code scores} (the input is left as it is). */
    public float[][] apply(FeatureType type, float[][] scores) {
        return scale(type, scores, 1 / temperature);
    }

    private static float[][] scale(FeatureType type, float[][] scores, double beta) {
        float[][] out = new float[scores.length][];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scaled(type, scores[i], beta);
        }
        return out;
    }

    private static float[] scaled(FeatureType type, float[] p, double beta) {
        if (type == FeatureType.BINARY) {
            double q = clip(p[0]);
            double z = Math.log(q / (1 - q)) * beta;
            return new float[] {(float) (1 / (1 + Math.exp(-z)))};
        }
        double[] z = new double[p.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < p.length; j++) {
            z[j] = Math.log(clip(p[j])) * beta;
            max = Math.max(max, z[j]);
        }
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            z[j] = Math.exp(z[j] - max);
            sum += z[j];
        }
        float[] out = new float[p.length];
        for (int j = 0; j < p.length; j++) {
            out[j] = (float) (z[j] / sum);
        }
        return out;
    }

    private static double clip(double p) {
        return Math.min(1 - CLIP, Math.max(CLIP, p));
    }

    private static double logLoss(FeatureType type, float[][] scores, double[] truth, double beta) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            int t = type == FeatureType.BINARY ? (truth[i] > 0.5 ? 1 : 0) : (int) truth[i];
            if (type != FeatureType.BINARY && (t < 0 || t >= scores[i].length)) {
                continue; // a class the model never saw has no probability to calibrate
            }
            float[] q = scaled(type, scores[i], beta);
            double p = type == FeatureType.BINARY ? (t == 1 ? q[0] : 1 - q[0]) : q[t];
            sum -= Math.log(Math.max(1e-15, p));
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }
}
