package dev.pql.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.loss.Loss;
import dev.pql.model.OutputHead;
import dev.pql.model.OutputLosses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loss and metrics of a network on some rows, in one forward pass per batch. A model with several
 * output features reports the combined loss as {@code loss} and each output's loss and metrics as
 * {@code <output>.<metric>} (Ludwig's per-feature training statistics, flattened).
 */
final class Evaluation {
    private Evaluation() {
    }

    /**
     * At most this many training rows are scored for the training metrics (each evaluation's and the
     * version's). Their scores are kept per row, about 36 bytes each, so on ten million rows every
     * row's would hold 300 MB for numbers that a sample of this size gives to the third decimal.
     * Validation and test metrics always cover every row.
     */
    static final int TRAINING_METRIC_ROWS = 100_000;

    /**
     * Every k-th row of {@code rows} (k the smallest step leaving at most {@code cap}), spread over
     * the whole list rather than its start: a training split in the source's order stays covered.
     */
    static int[] spread(int[] rows, int cap) {
        int step = stride(rows.length, cap);
        if (step == 1) {
            return rows;
        }
        int[] out = new int[(rows.length + step - 1) / step];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows[i * step];
        }
        return out;
    }

    /** The step between the rows {@link #spread} keeps. */
    static int stride(int rows, int cap) {
        return Math.max(1, (rows + cap - 1) / cap);
    }

    /** Loss (the mean over rows) and every metric of the output type, in inference mode. */
    static Map<String, Double> run(NDManager manager, Function<NDList, NDList> forward, Loss loss, List<OutputHead> heads,
                                   TrainingData data, int[] rows, int batchSize) {
        double lossSum = 0;
        double[] partSums = new double[heads.size()];
        float[][][] scores = new float[heads.size()][rows.length][];
        for (int start = 0; start < rows.length; start += batchSize) {
            int[] batch = java.util.Arrays.copyOfRange(rows, start, Math.min(rows.length, start + batchSize));
            try (NDManager m = manager.newSubManager()) {
                NDList logits = forward.apply(ModelTrainer.inputs(m, data, batch));
                NDList labels = ModelTrainer.labels(m, heads, data, batch);
                lossSum += loss.evaluate(labels, logits).getFloat() * batch.length;
                for (int h = 0; h < heads.size(); h++) {
                    if (loss instanceof OutputLosses parts) {
                        partSums[h] += parts.part(h).evaluate(new NDList(labels.get(h)), new NDList(logits.get(h)))
                                .getFloat() * batch.length;
                    }
                    float[][] s = heads.get(h).scores(logits.get(h));
                    System.arraycopy(s, 0, scores[h], start, s.length);
                }
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("loss", rows.length == 0 ? 0 : lossSum / rows.length);
        for (int h = 0; h < heads.size(); h++) {
            Map<String, Double> own = new LinkedHashMap<>();
            if (heads.size() > 1) {
                own.put("loss", rows.length == 0 ? 0 : partSums[h] / rows.length);
            }
            own.putAll(metrics(heads.get(h), data.target(h), rows, Scoring.toDataScale(heads.get(h), scores[h])));
            m.putAll(named(heads, h, own));
        }
        return m;
    }

    /** Every output's metrics for host scores of {@code rows} (scores.get(h)[i] belongs to rows[i]). */
    static Map<String, Double> metrics(List<OutputHead> heads, TrainingData data, int[] rows, List<float[][]> scores) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int h = 0; h < heads.size(); h++) {
            m.putAll(named(heads, h, metrics(heads.get(h), data.target(h), rows, scores.get(h))));
        }
        return m;
    }

    /** Output h's metrics under their names: as they are with one output, {@code <output>.<metric>} with several. */
    private static Map<String, Double> named(List<OutputHead> heads, int h, Map<String, Double> metrics) {
        if (heads.size() == 1) {
            return metrics;
        }
        Map<String, Double> m = new LinkedHashMap<>();
        metrics.forEach((k, v) -> m.put(Metrics.ofOutput(heads.get(h).feature().name(), k), v));
        return m;
    }

    /**
     * The value of the validation metric: the metric itself ({@code loss}: the combined loss), or
     * with several outputs the first output's that reports it (Ludwig's default validation_field).
     */
    static Double pick(Map<String, Double> metrics, String metric, List<OutputHead> heads) {
        if (metrics.containsKey(metric)) {
            return metrics.get(metric);
        }
        for (OutputHead h : heads) {
            Double v = metrics.get(Metrics.ofOutput(h.feature().name(), metric));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The output type's metrics for host scores of {@code rows} (scores[i] belongs to rows[i]). */
    static Map<String, Double> metrics(OutputHead head, TrainingData data, int[] rows, float[][] scores) {
        return OutputKinds.of(head).metrics(scores, data.labels(), data.truth(), rows, head.feature().decisionThreshold());
    }
}
