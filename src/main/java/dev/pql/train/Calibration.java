package dev.pql.train;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.FeatureType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Temperature scaling (Guo et al. 2017), fitted on held-out rows and stored with a version:
 * probabilities p become softmax(log p / T) (binary: sigmoid(logit p / T)). One number, fitted by
 * minimising the log loss, so the order of the classes, and with it every argmax, stays as it was:
 * accuracy does not move, only how sure the model says it is. A temperature is taken only when it
 * lowers the held-out log loss by more than the rows' noise and does not raise their expected
 * calibration error; otherwise T stays 1 and the scores stay bit for bit as trained. Working on
 * probabilities (not the network's logits) lets the same map serve k-fold averages and LightGBM's
 * probabilities.
 *
 * @param method     "temperature"
 * @param temperature T; above 1 softens an overconfident model, below 1 sharpens a timid one
 * @param rows       the held-out rows it was fitted on
 * @param fittedOn   "validation" (the validation split) or "out_of_fold" (k-fold predictions)
 * @param before     ece, brier and log_loss of those rows before calibration
 * @param after      the same after calibration
 * @param isotonic   method isotonic: one curve (binary: of the probability of true; category: one per
 *                   class, one-vs-rest, renormalised); null for temperature
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Calibration(
        @JsonProperty("method") String method,
        @JsonProperty("temperature") double temperature,
        @JsonProperty("rows") int rows,
        @JsonProperty("fitted_on") String fittedOn,
        @JsonProperty("before") Map<String, Double> before,
        @JsonProperty("after") Map<String, Double> after,
        @JsonProperty("isotonic") List<IsotonicCurve> isotonic) {

    public static final String TEMPERATURE = "temperature";
    public static final String ISOTONIC = "isotonic";
    public static final String NONE = "none";
    /** Fewer held-out rows than this fit a temperature on noise: the version is left uncalibrated. */
    public static final int MIN_ROWS = 10;
    /** Probabilities are clipped away from 0 and 1 before taking logs. */
    private static final double CLIP = 1e-7;
    /** The search range of 1/T: from twenty times softer to twenty times sharper. */
    private static final double LOW = 0.05;
    private static final double HIGH = 20;
    /** The score test's critical value: 1.96, a 5% chance of moving calibrated scores by noise. */
    private static final double SIGNIFICANCE = 1.96;

    /**
     * Fits a temperature to held-out scores (probabilities) and their truths; null when there are
     * too few rows to fit one.
     */
    public static Calibration fit(FeatureType type, float[][] scores, double[] truth, String fittedOn) {
        if (scores.length < MIN_ROWS) {
            return null;
        }
        boolean ofTrue = ofTrue(type);
        // log loss is convex in beta = 1/T (a log-sum-exp minus a linear term): golden-section search finds the minimum
        double a = Math.log(LOW);
        double b = Math.log(HIGH);
        double g = (Math.sqrt(5) - 1) / 2;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        double fc = logLoss(ofTrue, scores, truth, Math.exp(c));
        double fd = logLoss(ofTrue, scores, truth, Math.exp(d));
        for (int i = 0; i < 60; i++) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = logLoss(ofTrue, scores, truth, Math.exp(c));
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = logLoss(ofTrue, scores, truth, Math.exp(d));
            }
        }
        double beta = Math.exp((a + b) / 2);
        if (logLoss(ofTrue, scores, truth, beta) > logLoss(ofTrue, scores, truth, 1.0) || !miscalibrated(ofTrue, scores, truth)) {
            // Never worse than leaving the scores alone, and never a change the held-out rows cannot
            // tell from noise: a well-calibrated model keeps its scores (T = 1) rather than a
            // temperature fitted to the sampling error of a few hundred rows.
            beta = 1.0;
        }
        Map<String, Double> before = ProbabilityQuality.of(type, scores, truth);
        Map<String, Double> after = ProbabilityQuality.of(type, scale(ofTrue, scores, beta), truth);
        if (after.get("ece") > before.get("ece")) {
            // A lower log loss with a higher binned error: the rows disagree about which way to go.
            // Trust neither direction and keep the scores as trained (T = 1), which can only tie.
            beta = 1.0;
            after = before;
        }
        return new Calibration(TEMPERATURE, 1 / beta, scores.length, fittedOn, before, after, null);
    }

    /**
     * Fits {@code method} (temperature or isotonic) to held-out scores; null when there are too few
     * rows. Isotonic regression bends each probability to the share of held-out rows it came true
     * for; unlike temperature it can reorder close classes (and move a binary prediction across
     * the threshold), so accuracy may change slightly; it also needs more held-out rows to be stable.
     */
    public static Calibration fit(FeatureType type, float[][] scores, double[] truth, String fittedOn, String method) {
        if (!ISOTONIC.equals(method)) {
            return fit(type, scores, truth, fittedOn);
        }
        if (scores.length < MIN_ROWS) {
            return null;
        }
        boolean ofTrue = ofTrue(type);
        int width = ofTrue ? 1 : scores[0].length;
        List<IsotonicCurve> curves = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            double[] p = new double[scores.length];
            boolean[] happened = new boolean[scores.length];
            for (int i = 0; i < scores.length; i++) {
                p[i] = scores[i][j];
                happened[i] = ofTrue ? truth[i] > 0.5 : truth[i] == j;
            }
            curves.add(IsotonicCurve.fit(p, happened));
        }
        Calibration c = new Calibration(ISOTONIC, 1.0, scores.length, fittedOn, ProbabilityQuality.of(type, scores, truth),
                null, curves);
        return new Calibration(ISOTONIC, 1.0, scores.length, fittedOn, c.before(),
                ProbabilityQuality.of(type, c.apply(type, scores), truth), curves);
    }

    /** Calibrated copies of {@code scores} (the input is left as it is); T = 1 copies them bit for bit. */
    public float[][] apply(FeatureType type, float[][] scores) {
        boolean ofTrue = ofTrue(type);
        if (isotonic != null) {
            return bend(ofTrue, scores);
        }
        if (temperature == 1.0) {
            float[][] out = new float[scores.length][];
            for (int i = 0; i < scores.length; i++) {
                out[i] = scores[i].clone(); // not through log and exp, whose float rounding would move every score
            }
            return out;
        }
        return scale(ofTrue, scores, 1 / temperature);
    }

    /** Isotonic: each class's probability through its curve, then renormalised to sum to 1. */
    private float[][] bend(boolean ofTrue, float[][] scores) {
        float[][] out = new float[scores.length][];
        for (int i = 0; i < scores.length; i++) {
            out[i] = new float[scores[i].length];
            double sum = 0;
            for (int j = 0; j < scores[i].length; j++) {
                out[i][j] = (float) isotonic.get(Math.min(j, isotonic.size() - 1)).apply(scores[i][j]);
                sum += out[i][j];
            }
            if (!ofTrue) {
                for (int j = 0; j < out[i].length; j++) {
                    out[i][j] = sum > 0 ? (float) (out[i][j] / sum) : scores[i][j];
                }
            }
        }
        return out;
    }

    private static float[][] scale(boolean ofTrue, float[][] scores, double beta) {
        float[][] out = new float[scores.length][];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scaled(ofTrue, scores[i], beta);
        }
        return out;
    }

    private static float[] scaled(boolean ofTrue, float[] p, double beta) {
        if (ofTrue) {
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

    /** Binary scores are one probability of true; category scores one probability per class. */
    private static boolean ofTrue(FeatureType type) {
        return OutputKinds.of(type).probabilityOfTrue();
    }

    private static double clip(double p) {
        return Math.min(1 - CLIP, Math.max(CLIP, p));
    }

    private static double logLoss(boolean ofTrue, float[][] scores, double[] truth, double beta) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            double loss = rowLoss(ofTrue, scores[i], truth[i], beta);
            if (!Double.isNaN(loss)) {
                sum += loss;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** One row's log loss at 1/T = beta; NaN for a class the model never saw (it has no probability to calibrate). */
    private static double rowLoss(boolean ofTrue, float[] scores, double truth, double beta) {
        int t = ofTrue ? (truth > 0.5 ? 1 : 0) : (int) truth;
        if (!ofTrue && (t < 0 || t >= scores.length)) {
            return Double.NaN;
        }
        float[] q = scaled(ofTrue, scores, beta);
        double p = ofTrue ? (t == 1 ? q[0] : 1 - q[0]) : q[t];
        return -Math.log(Math.max(1e-15, p));
    }

    /**
     * Rao's score test of "the scores are calibrated as they are" (1/T = 1): each held-out row's
     * derivative of its log loss in 1/T at 1/T = 1 has mean zero when they are, so their sum over its
     * root sum of squares is about standard normal. A temperature is taken only when that statistic
     * is past {@link #SIGNIFICANCE} (the usual 5% two-sided level): the rows show a miscalibration
     * that is not their own sampling noise. (The log-loss gain at the fitted temperature cannot serve:
     * it is fitted on those rows, so it is positive whatever the truth.)
     */
    private static boolean miscalibrated(boolean ofTrue, float[][] scores, double[] truth) {
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < scores.length; i++) {
            double g = scoreAtOne(ofTrue, scores[i], truth[i]);
            if (!Double.isNaN(g)) {
                sum += g;
                sumSq += g * g;
            }
        }
        return sumSq > 0 && Math.abs(sum) / Math.sqrt(sumSq) > SIGNIFICANCE;
    }

    /**
     * d/d(1/T) of one row's log loss at 1/T = 1. Binary, z = logit p and s = +1 for true, -1 for
     * false: loss = -log sigmoid(s z / T), derivative -s z (1 - sigmoid(s z)). Category, z_j = log p_j:
     * loss = -z_t / T + log sum_j exp(z_j / T), derivative -z_t + sum_j p_j z_j. NaN for a class the
     * model never saw.
     */
    private static double scoreAtOne(boolean ofTrue, float[] p, double truth) {
        if (ofTrue) {
            double q = clip(p[0]);
            double z = Math.log(q / (1 - q));
            double s = truth > 0.5 ? 1 : -1;
            return -s * z * (1 - 1 / (1 + Math.exp(-s * z)));
        }
        int t = (int) truth;
        if (t < 0 || t >= p.length) {
            return Double.NaN;
        }
        double expected = 0;
        for (float v : p) {
            expected += v * Math.log(clip(v));
        }
        return -Math.log(clip(p[t])) + expected;
    }
}
