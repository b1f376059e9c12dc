package dev.pql.exec;

import dev.pql.config.FeatureType;
import dev.pql.train.Metrics;

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
        FeatureType type = s.model.head().feature().type();
        int width = type == FeatureType.SET ? s.model.head().processor().vocabularySize() : 1;
        double[] probability = new double[scores.length * width];
        boolean[] happened = new boolean[probability.length];
        for (int r = 0; r < scores.length; r++) {
            for (int j = 0; j < width; j++) {
                int i = r * width + j;
                switch (type) {
                    case SET -> {
                        probability[i] = scores[r][j];
                        happened[i] = s.members[r][j] > 0.5f;
                    }
                    case BINARY -> {
                        probability[i] = scores[r][0];
                        happened[i] = s.truth[r] > 0.5;
                    }
                    default -> {
                        int best = Metrics.argmax(scores[r]);
                        probability[i] = scores[r][best];
                        happened[i] = s.truth[r] == best;
                    }
                }
            }
        }
        return new Outcomes(probability, happened);
    }

    int size() {
        return probability.length;
    }
}
