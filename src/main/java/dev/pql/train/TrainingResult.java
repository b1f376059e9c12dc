package dev.pql.train;

import java.util.List;
import java.util.Map;

/** What training produced: the best epoch's weights, the log, and metrics per split. */
public record TrainingResult(byte[] weights, int bestEpoch, List<EpochLog> log,
                             Map<String, Map<String, Double>> metrics, double seconds) {
}
