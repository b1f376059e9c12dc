package dev.pql.train;

import dev.pql.config.FeatureType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics of an output type, computed on the host from scores and true labels. Category:
 * accuracy, macro precision/recall/F1 and hits at k; binary: accuracy, precision, recall, F1,
 * ROC AUC; both also ece, brier and log_loss ({@link ProbabilityQuality}); number: MAE, RMSE, R² on the
 * data's own scale; set: Jaccard, micro precision, recall, F1.
 */
public final class Metrics {
    /** Ludwig's default top_k for hits_at_k. */
    static final int TOP_K = 3;

    private Metrics() {
    }

    /** Category metrics of class probabilities against class indexes ({@link CategoryOutput}'s). */
    static Map<String, Double> category(float[][] scores, double[] truth) {
        int classes = scores.length == 0 ? 0 : scores[0].length;
        long[] tp = new long[classes];
        long[] predicted = new long[classes];
        long[] actual = new long[classes];
        long correct = 0;
        for (int i = 0; i < scores.length; i++) {
            int p = argmax(scores[i]);
            int t = (int) truth[i];
            predicted[p]++;
            if (t >= 0 && t < classes) {
                actual[t]++;
            }
            if (p == t) {
                correct++;
                tp[p]++;
            }
        }
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        int present = 0;
        for (int c = 0; c < classes; c++) {
            if (actual[c] == 0 && predicted[c] == 0) {
                continue;
            }
            present++;
            double pr = predicted[c] == 0 ? 0 : (double) tp[c] / predicted[c];
            double rc = actual[c] == 0 ? 0 : (double) tp[c] / actual[c];
            precision += pr;
            recall += rc;
            f1 += pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc);
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", scores.length == 0 ? 0 : (double) correct / scores.length);
        m.put("precision_macro", present == 0 ? 0 : precision / present);
        m.put("recall_macro", present == 0 ? 0 : recall / present);
        m.put("f1_macro", present == 0 ? 0 : f1 / present);
        m.put("hits_at_k", hitsAtK(scores, truth, TOP_K));
        m.putAll(ProbabilityQuality.of(FeatureType.CATEGORY, scores, truth));
        return m;
    }

    /** Binary metrics of probabilities of true against 0/1 ({@link BinaryOutput}'s). */
    static Map<String, Double> binary(float[][] scores, double[] truth, double threshold) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long correct = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean p = scores[i][0] >= threshold;
            boolean t = truth[i] > 0.5;
            correct += p == t ? 1 : 0;
            tp += p && t ? 1 : 0;
            fp += p && !t ? 1 : 0;
            fn += !p && t ? 1 : 0;
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", scores.length == 0 ? 0 : (double) correct / scores.length);
        m.put("precision", precision);
        m.put("recall", recall);
        m.put("f1", precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        m.put("roc_auc", rocAuc(scores, truth));
        m.putAll(ProbabilityQuality.of(FeatureType.BINARY, scores, truth));
        return m;
    }

    /** The share of rows whose true class is among the k highest scores. */
    static double hitsAtK(float[][] scores, double[] truth, int k) {
        long hits = 0;
        for (int i = 0; i < scores.length; i++) {
            int t = (int) truth[i];
            if (t < 0 || t >= scores[i].length) {
                continue;
            }
            int above = 0;
            for (float s : scores[i]) {
                above += s > scores[i][t] ? 1 : 0;
            }
            hits += above < k ? 1 : 0;
        }
        return scores.length == 0 ? 0 : (double) hits / scores.length;
    }

    /**
     * Set (multi-label) metrics: Jaccard (intersection over union of predicted and true members,
     * averaged over rows; two empty sets agree fully) and micro precision, recall and F1.
     *
     * @param truth per row, 1 for each true member
     */
    public static Map<String, Double> set(float[][] scores, float[][] truth, double threshold) {
        double jaccard = 0;
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < scores.length; i++) {
            long inter = 0;
            long union = 0;
            for (int j = 0; j < scores[i].length; j++) {
                boolean p = scores[i][j] >= threshold;
                boolean t = truth[i][j] > 0.5f;
                inter += p && t ? 1 : 0;
                union += p || t ? 1 : 0;
                tp += p && t ? 1 : 0;
                fp += p && !t ? 1 : 0;
                fn += !p && t ? 1 : 0;
            }
            jaccard += union == 0 ? 1 : (double) inter / union;
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("jaccard", scores.length == 0 ? 0 : jaccard / scores.length);
        m.put("precision", precision);
        m.put("recall", recall);
        m.put("f1", precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        return m;
    }

    /** ROC AUC as the Mann-Whitney statistic: the chance a random positive outscores a random negative. */
    static double rocAuc(float[][] scores, double[] truth) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(scores[a][0], scores[b][0]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]][0] == scores[order[i]][0]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1; // ties share their mean rank
            for (int k = i; k <= j; k++) {
                if (truth[order[k]] > 0.5) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Number metrics of values against true values on the data's scale ({@link NumberOutput}'s). */
    static Map<String, Double> number(float[][] scores, double[] truth) {
        double absSum = 0;
        double sqSum = 0;
        double mean = 0;
        for (double t : truth) {
            mean += t;
        }
        mean = truth.length == 0 ? 0 : mean / truth.length;
        double total = 0;
        for (int i = 0; i < scores.length; i++) {
            double e = scores[i][0] - truth[i];
            absSum += Math.abs(e);
            sqSum += e * e;
            total += (truth[i] - mean) * (truth[i] - mean);
        }
        int n = Math.max(1, scores.length);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mae", absSum / n);
        m.put("rmse", Math.sqrt(sqSum / n));
        m.put("r2", total == 0 ? 0 : 1 - sqSum / total);
        return m;
    }

    /** The index of the largest score: the predicted class. */
    public static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Whether a larger value of the metric is better. */
    public static boolean higherIsBetter(String metric) {
        return switch (metric) {
            case "loss", "mae", "rmse", "ece", "brier", "log_loss" -> false;
            default -> true;
        };
    }

    /** The name of one output's metric in a model with several output features: {@code <output>.<metric>}. */
    public static String ofOutput(String output, String metric) {
        return output + "." + metric;
    }
}
