package dev.pql.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.loss.Loss;
import dev.pql.config.FeatureType;
import dev.pql.features.Encoded;
import dev.pql.model.OutputHead;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Loss and metrics of a network on some rows, in one forward pass per batch. */
final class Evaluation {
    private Evaluation() {
    }

    /** Loss (the mean over rows) and every metric of the output type, in inference mode. */
    static Map<String, Double> run(NDManager manager, Function<NDList, NDList> forward, Loss loss, OutputHead head,
                                   TrainingData data, int[] rows, int batchSize) {
        double lossSum = 0;
        float[][] scores = new float[rows.length][];
        for (int start = 0; start < rows.length; start += batchSize) {
            int[] batch = java.util.Arrays.copyOfRange(rows, start, Math.min(rows.length, start + batchSize));
            try (NDManager m = manager.newSubManager()) {
                NDArray logits = forward.apply(ModelTrainer.inputs(m, data, batch)).singletonOrThrow();
                lossSum += loss.evaluate(new NDList(head.labels(m, data.labels(), batch)), new NDList(logits)).getFloat()
                        * batch.length;
                float[][] s = head.scores(logits);
                System.arraycopy(s, 0, scores, start, s.length);
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("loss", rows.length == 0 ? 0 : lossSum / rows.length);
        m.putAll(metrics(head, data, rows, Scoring.toDataScale(head, scores)));
        return m;
    }

    /** The output type's metrics for host scores of {@code rows} (scores[i] belongs to rows[i]). */
    static Map<String, Double> metrics(OutputHead head, TrainingData data, int[] rows, float[][] scores) {
        double t = head.feature().decisionThreshold();
        if (head.feature().type() == FeatureType.SET) {
            Encoded.Matrix labels = (Encoded.Matrix) data.labels();
            float[][] truth = new float[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                truth[i] = labels.row(rows[i]);
            }
            return Metrics.set(scores, truth, t);
        }
        double[] truth = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            truth[i] = data.truth()[rows[i]];
        }
        return Metrics.compute(head.feature().type(), scores, truth, t);
    }
}
