package dev.pql.train;

import java.util.List;
import java.util.Map;

/**
 * What training produced: the best epoch's weights, the log, metrics per split, and the best
 * model's scores (on the data's scale) of the validation and test rows, in the split's order, which
 * k-fold training combines into out-of-fold and averaged metrics. {@code validationRows} names the
 * rows of {@code validationScores} (k-fold: every out-of-fold row), on which calibration is fitted.
 */
public record TrainingResult(byte[] weights, int bestEpoch, List<EpochLog> log,
                             Map<String, Map<String, Double>> metrics, double seconds,
                             float[][] validationScores, float[][] testScores, int[] validationRows) {
}
