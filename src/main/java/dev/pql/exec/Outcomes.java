package dev.pql.exec;


/**
 * Predicted probabilities and whether the predicted thing happened, for calibration and ROC: one
 * pair per row (binary: the probability of true and the truth; category: the probability of the
 * predicted class and whether it was right), or one per row and member for a set output, each
 * member being its own yes/no decision (micro-averaged, as multi-label ROC and calibration are).
 */
record Outcomes(double[] probability, boolean[] happened) {

    static Outcomes of(ScoredRows s) {
        return of(s, s.scores);
    }

    /** The outcomes of {@code scores} (the rows' calibrated or uncalibrated scores). */
    static Outcomes of(ScoredRows s, float[][] scores) {
        FeatureKind kind = FeatureKinds.of(s.model);
        int width = kind.decisions(s.model.head());
        double[] probability = new double[scores.length * width];
        boolean[] happened = new boolean[probability.length];
        for (int r = 0; r < scores.length; r++) {
            for (int j = 0; j < width; j++) {
                int i = r * width + j;
                probability[i] = kind.decisionProbability(scores[r], j);
                happened[i] = kind.happened(scores[r], s.truth[r], s.members == null ? null : s.members[r], j);
            }
        }
        return new Outcomes(probability, happened);
    }

    int size() {
        return probability.length;
    }
}
