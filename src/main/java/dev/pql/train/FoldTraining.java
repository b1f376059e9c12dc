package dev.pql.train;

import dev.pql.data.Split;
import dev.pql.model.OutputHead;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * K-fold bagging ({@code trainer.folds}): one model per fold, each validating (and early stopping)
 * on its fold of the training and validation rows and fitting the others, kept together as one
 * version whose prediction is their average. Validation metrics are out-of-fold: every row scored
 * by the model that did not train on it; test metrics are the average's. Training metrics and the
 * losses are the folds' means. On small data this trains on every row and averages away most of
 * the seed's effect on the score.
 */
public final class FoldTraining {
    /** Trains one fold's model on {@code split} (fold numbers are 1-based). */
    public interface OneModel {
        TrainingResult train(int fold, Split split);
    }

    private FoldTraining() {
    }

    /**
     * @param labels the target's values to stratify the folds by (category and binary targets), or null
     */
    public static TrainingResult train(int k, Split split, List<Object> labels, long seed, OutputHead head,
                                       TrainingData data, OneModel one) {
        List<Split> folds = split.folds(k, labels, seed);
        List<TrainingResult> results = new ArrayList<>();
        List<EpochLog> log = new ArrayList<>();
        for (int i = 0; i < folds.size(); i++) {
            TrainingResult r = one.train(i + 1, folds.get(i));
            results.add(r);
            r.log().forEach(e -> log.add(e.inFold(results.size())));
        }
        List<Integer> oofRows = new ArrayList<>();
        List<float[]> oofScores = new ArrayList<>();
        for (int i = 0; i < folds.size(); i++) {
            for (int j = 0; j < folds.get(i).validation().length; j++) {
                oofRows.add(folds.get(i).validation()[j]);
                oofScores.add(results.get(i).validationScores()[j]);
            }
        }
        int[] rows = oofRows.stream().mapToInt(Integer::intValue).toArray();
        float[][] oof = oofScores.toArray(new float[0][]);
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        metrics.put("training", mean(results, "training"));
        Map<String, Double> validation = new LinkedHashMap<>();
        validation.put("loss", mean(results, "validation").get("loss"));
        validation.putAll(Evaluation.metrics(head, data, rows, oof));
        metrics.put("validation", validation);
        float[][] test = average(results, split.test().length);
        if (split.test().length > 0) {
            Map<String, Double> t = new LinkedHashMap<>();
            t.put("loss", mean(results, "test").get("loss"));
            t.putAll(Evaluation.metrics(head, data, split.test(), test));
            metrics.put("test", t);
        }
        List<byte[]> weights = results.stream().map(TrainingResult::weights).toList();
        int bestEpoch = (int) Math.round(results.stream().mapToInt(TrainingResult::bestEpoch).average().orElse(0));
        double seconds = results.stream().mapToDouble(TrainingResult::seconds).sum();
        return new TrainingResult(WeightBundle.pack(weights), bestEpoch, log, metrics, seconds, oof, test, rows);
    }

    /** Each metric's mean over the folds that report it for {@code split}. */
    private static Map<String, Double> mean(List<TrainingResult> results, String split) {
        Map<String, Double> sum = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (TrainingResult r : results) {
            r.metrics().getOrDefault(split, Map.of()).forEach((k, v) -> {
                sum.merge(k, v, Double::sum);
                count.merge(k, 1, Integer::sum);
            });
        }
        sum.replaceAll((k, v) -> v / count.get(k));
        return sum;
    }

    /** The folds' test scores averaged row by row (class probabilities, probabilities of true, or values). */
    private static float[][] average(List<TrainingResult> results, int rows) {
        float[][] out = new float[rows][];
        for (int i = 0; i < rows; i++) {
            float[] sum = new float[results.get(0).testScores()[i].length];
            for (TrainingResult r : results) {
                for (int j = 0; j < sum.length; j++) {
                    sum[j] += r.testScores()[i][j] / results.size();
                }
            }
            out[i] = sum;
        }
        return out;
    }
}
