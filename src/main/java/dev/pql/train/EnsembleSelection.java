package dev.pql.train;

import dev.pql.config.FeatureType;

/**
 * Caruana's ensemble selection with replacement (as AutoGluon-Tabular weights its models): starting
 * from the best single candidate, add the candidate whose inclusion most lowers the loss of the
 * ensemble's average prediction on held-out rows, {@link #ROUNDS} times, and keep the best ensemble
 * seen; a candidate's weight is the number of times it was picked over the picks. The loss is the
 * output's proper scoring rule (log loss for classes, squared error for numbers): smooth, so a
 * choice among close candidates rests on every row's probability, not on a few rows that flip.
 */
public final class EnsembleSelection {
    /** Picks at most: AutoGluon's default ensemble size. */
    static final int ROUNDS = 25;

    private EnsembleSelection() {
    }

    /** The selection metric's name for an output type, as pql.trials reports it. */
    public static String metric(FeatureType type) {
        return OutputKinds.of(type).selectionMetric();
    }

    /**
     * Weights (summing to 1) of {@code candidates}, each candidate's held-out scores of the same
     * rows, against {@code truth} of those rows (class index, 0/1, or the value).
     */
    public static double[] weights(FeatureType type, float[][][] candidates, double[] truth) {
        int n = candidates.length;
        int[] counts = new int[n];
        int[] bestCounts = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        double[][] sum = null;
        int picks = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int chosen = -1;
            double chosenLoss = Double.POSITIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                double l = loss(type, added(sum, candidates[c], picks), picks + 1, truth);
                if (l < chosenLoss - 1e-12) { // ties go to the earlier candidate, so the result is deterministic
                    chosen = c;
                    chosenLoss = l;
                }
            }
            sum = added(sum, candidates[chosen], picks);
            picks++;
            counts[chosen]++;
            if (chosenLoss < bestLoss - 1e-12) {
                bestLoss = chosenLoss;
                bestCounts = counts.clone();
            }
        }
        double[] w = new double[n];
        int total = 0;
        for (int c : bestCounts) {
            total += c;
        }
        for (int c = 0; c < n; c++) {
            w[c] = bestCounts[c] / (double) total;
        }
        return w;
    }

    /** The mean loss of one candidate's scores: its out-of-fold score in pql.trials. */
    public static double loss(FeatureType type, float[][] scores, double[] truth) {
        double[][] s = added(null, scores, 0);
        return loss(type, s, 1, truth);
    }

    /** The weighted average of scores (each row's probabilities or value). */
    public static float[][] blend(float[][][] candidates, double[] weights) {
        int rows = candidates[0].length;
        float[][] out = new float[rows][];
        for (int i = 0; i < rows; i++) {
            float[] row = new float[candidates[0][i].length];
            for (int c = 0; c < candidates.length; c++) {
                if (weights[c] > 0) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] += (float) (weights[c] * candidates[c][i][j]);
                    }
                }
            }
            out[i] = row;
        }
        return out;
    }

    /** A new running sum: {@code sum} (of {@code picks} candidates; null for none) plus {@code scores}. */
    private static double[][] added(double[][] sum, float[][] scores, int picks) {
        double[][] out = new double[scores.length][];
        for (int i = 0; i < scores.length; i++) {
            out[i] = new double[scores[i].length];
            for (int j = 0; j < scores[i].length; j++) {
                out[i][j] = (picks == 0 ? 0 : sum[i][j]) + scores[i][j];
            }
        }
        return out;
    }

    /** The mean loss of the average {@code sum / picks}. */
    private static double loss(FeatureType type, double[][] sum, int picks, double[] truth) {
        OutputKind kind = OutputKinds.of(type);
        double total = 0;
        int counted = 0;
        for (int i = 0; i < sum.length; i++) {
            double y = truth[i];
            if (!kind.selectable(y)) {
                continue; // no truth, or a class the training rows never had: no candidate can score it
            }
            counted++;
            total += kind.selectionLoss(sum[i], picks, y);
        }
        return counted == 0 ? 0 : total / counted;
    }
}
