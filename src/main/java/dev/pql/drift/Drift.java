package dev.pql.drift;

import java.util.ArrayList;
import java.util.List;

/**
 * How far one input of some new rows has moved from its training distribution.
 *
 * @param statistic    psi (numbers, categories) or oov_rate_change (text)
 * @param value        the statistic
 * @param threshold    the value above which the input counts as drifted: the fixed bar, raised to
 *                     what sampling noise alone reaches on this few rows (so small batches do not cry wolf)
 * @param rows         the new rows compared
 * @param trainingRows the training rows they were compared with
 */
public record Drift(String feature, String statistic, double value, double threshold, boolean drifted, long rows,
                    long trainingRows) {

    /** The PSI from which a distribution counts as moved (0.1-0.25 is the usual "some shift" band). */
    public static final double PSI_THRESHOLD = 0.2;
    /** The rise in the share of unknown tokens from which text counts as moved (10 percentage points). */
    public static final double OOV_THRESHOLD = 0.1;
    /** Below this many rows a PREDICT batch is not checked: too few to tell drift from chance. */
    public static final int MIN_PREDICT_ROWS = 100;
    /**
     * Each bucket's count gets this pseudo-count before shares are taken (Jeffreys' prior), so an
     * empty bucket does not make PSI infinite, nor, on a few rows, huge: a floor such as 1e-4 turns
     * one empty decile of 20 rows into a PSI of 0.7 on its own.
     */
    private static final double PSEUDO_COUNT = 0.5;
    /** The least OOV rate the noise bar assumes, so a vocabulary that covered all training text still has one. */
    private static final double FLOOR = 1e-4;

    /** Compares new values of a feature with its training profile. */
    public static Drift of(FeatureProfile training, List<Object> values) {
        FeatureProfile now = training.observe(values);
        if (FeatureProfile.TEXT.equals(training.kind())) {
            double change = now.oovRate() - training.oovRate();
            // the rate's standard error on this many tokens, three times: a bar chance alone rarely clears
            double p = Math.max(training.oovRate(), FLOOR);
            double noise = 3 * Math.sqrt(p * (1 - p) / Math.max(1, now.tokens()));
            double threshold = Math.max(OOV_THRESHOLD, noise);
            return new Drift(training.feature(), "oov_rate_change", change, threshold, change > threshold, now.rows(),
                    training.rows());
        }
        long[] expected = training.buckets();
        long[] actual = now.buckets();
        double psi = psi(expected, actual);
        // PSI of two samples of one distribution is about chi-square(k - 1) * (1/n + 1/N): allow its mean plus 3 sd
        int k = (int) java.util.stream.IntStream.range(0, expected.length).filter(i -> expected[i] > 0 || actual[i] > 0)
                .count();
        double df = Math.max(1, k - 1);
        double noise = (df + 3 * Math.sqrt(2 * df)) * (1.0 / Math.max(1, now.rows()) + 1.0 / Math.max(1, training.rows()));
        double threshold = Math.max(PSI_THRESHOLD, noise);
        return new Drift(training.feature(), "psi", psi, threshold, psi > threshold, now.rows(), training.rows());
    }

    /**
     * Population stability index: the sum over buckets of (actual - expected) * ln(actual / expected)
     * shares, over the buckets either side uses, each count smoothed by {@link #PSEUDO_COUNT}.
     */
    static double psi(long[] expected, long[] actual) {
        long e = java.util.Arrays.stream(expected).sum();
        long a = java.util.Arrays.stream(actual).sum();
        if (e == 0 || a == 0) {
            return 0;
        }
        int used = 0;
        for (int i = 0; i < expected.length; i++) {
            used += expected[i] > 0 || actual[i] > 0 ? 1 : 0;
        }
        double psi = 0;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == 0 && actual[i] == 0) {
                continue; // a bucket neither side has (no missing values, say) says nothing
            }
            double pe = (expected[i] + PSEUDO_COUNT) / (e + PSEUDO_COUNT * used);
            double pa = (actual[i] + PSEUDO_COUNT) / (a + PSEUDO_COUNT * used);
            psi += (pa - pe) * Math.log(pa / pe);
        }
        return psi;
    }

    /**
     * Every tracked input of a batch compared with the profile; {@code columns.get(i)} holds the
     * values of {@code names.get(i)}. Inputs the profile does not track are left out.
     */
    public static List<Drift> all(TrainingProfile profile, List<String> names, List<List<Object>> columns) {
        List<Drift> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            FeatureProfile training = profile.feature(names.get(i));
            if (training != null) {
                out.add(of(training, columns.get(i)));
            }
        }
        return out;
    }
}
