package dev.pql.train;

import dev.pql.config.AutoCandidates;
import dev.pql.config.FeatureType;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.model.OutputHead;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code model_type: auto}: trains every candidate family on the same held-out scheme (the same k
 * folds, or the same validation rows), then weights them by ensemble selection on their held-out
 * scores ({@link EnsembleSelection}). The test rows are never looked at for the choice: they are
 * only scored, for the version's test metrics. A candidate that fails (not cancelled) is a failed
 * trial and the others go on; the version fails only when none trains.
 */
public final class AutoTraining {

    /** The ensemble as one training's result (weights: an {@link EnsembleBundle}), and every trial. */
    public record Result(TrainingResult result, List<Trial> trials) {
    }

    private AutoTraining() {
    }

    /**
     * @param trainOne trains one candidate the way a pinned model_type trains (its folds included):
     *                 its validation scores are out-of-fold, of {@code validationRows}
     */
    public static Result train(List<AutoCandidates.Candidate> candidates, OutputHead head, TrainingData data,
                               int[] testRows, Function<AutoCandidates.Candidate, TrainingResult> trainOne) {
        FeatureType type = head.feature().type();
        String metric = EnsembleSelection.metric(type);
        List<TrainingResult> results = new ArrayList<>();
        List<AutoCandidates.Candidate> trained = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        PqlException firstFailure = null;
        for (AutoCandidates.Candidate c : candidates) {
            try {
                TrainingResult r = trainOne.apply(c);
                results.add(r);
                trained.add(c);
                failures.add(null);
            } catch (PqlException e) {
                if (e.code() == ErrorCode.CANCELLED) {
                    throw e;
                }
                firstFailure = firstFailure == null ? e : firstFailure;
                results.add(null);
                trained.add(c);
                failures.add(e.getMessage());
            }
        }
        List<Integer> ok = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) != null) {
                ok.add(i);
            }
        }
        if (ok.isEmpty()) {
            throw firstFailure;
        }
        int[] rows = results.get(ok.get(0)).validationRows();
        double[] truth = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            truth[i] = data.truth()[rows[i]];
        }
        float[][][] oof = new float[ok.size()][][];
        float[][][] test = new float[ok.size()][][];
        for (int i = 0; i < ok.size(); i++) {
            TrainingResult r = results.get(ok.get(i));
            if (!Arrays.equals(r.validationRows(), rows)) {
                throw new IllegalStateException("auto candidates were validated on different rows");
            }
            oof[i] = r.validationScores();
            test[i] = r.testScores();
        }
        double[] weights = rows.length == 0 ? firstOnly(ok.size()) : EnsembleSelection.weights(type, oof, truth);
        List<Trial> trials = new ArrayList<>();
        List<EnsembleBundle.Member> members = new ArrayList<>();
        int main = 0;
        for (int i = 0; i < results.size(); i++) {
            AutoCandidates.Candidate c = trained.get(i);
            int k = ok.indexOf(i);
            TrainingResult r = results.get(i);
            if (r == null) {
                trials.add(new Trial(i + 1, c.kind(), c.parameters(), metric, null, 0, "failed: " + failures.get(i), 0));
                continue;
            }
            double w = weights[k];
            trials.add(new Trial(i + 1, c.kind(), c.parameters(), metric,
                    rows.length == 0 ? null : EnsembleSelection.loss(type, r.validationScores(), truth), w, "ok",
                    r.seconds()));
            if (w > 0) {
                members.add(new EnsembleBundle.Member(c.kind(), w, r.weights()));
            }
            if (w > weights[main]) {
                main = k;
            }
        }
        return new Result(ensemble(head, data, results.get(ok.get(main)), members, rows, truth,
                EnsembleSelection.blend(oof, weights), EnsembleSelection.blend(test, weights), results, testRows), trials);
    }

    /** The version's result: the main (heaviest) member's log and training metrics, the ensemble's scores. */
    private static TrainingResult ensemble(OutputHead head, TrainingData data, TrainingResult main,
                                           List<EnsembleBundle.Member> members, int[] rows, double[] truth,
                                           float[][] oof, float[][] test, List<TrainingResult> all, int[] testRows) {
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        metrics.put("training", main.metrics().getOrDefault("training", Map.of()));
        if (rows.length > 0) {
            Map<String, Double> v = new LinkedHashMap<>();
            v.put("loss", EnsembleSelection.loss(head.feature().type(), oof, truth));
            v.putAll(Evaluation.metrics(head, data, rows, oof));
            metrics.put("validation", v);
        }
        if (main.metrics().containsKey("test") && testRows.length > 0) {
            Map<String, Double> t = new LinkedHashMap<>();
            double[] testTruth = new double[testRows.length];
            for (int i = 0; i < testRows.length; i++) {
                testTruth[i] = data.truth()[testRows[i]];
            }
            t.put("loss", EnsembleSelection.loss(head.feature().type(), test, testTruth));
            t.putAll(Evaluation.metrics(head, data, testRows, test));
            metrics.put("test", t);
        }
        double seconds = all.stream().filter(java.util.Objects::nonNull).mapToDouble(TrainingResult::seconds).sum();
        return new TrainingResult(EnsembleBundle.pack(members), main.bestEpoch(), main.log(), metrics, seconds, oof,
                test, rows);
    }

    /** What auto chose, for the version's notes: each candidate's held-out score and weight. */
    public static String note(List<Trial> trials) {
        StringBuilder b = new StringBuilder("model_type auto: ensemble by selection on held-out rows:");
        for (Trial t : trials) {
            b.append(' ').append(t.kind()).append(t.value() == null ? " (" + t.status() + ")"
                    : String.format(java.util.Locale.ROOT, " %s %.4f weight %.2f", t.metric(), t.value(), t.weight()))
                    .append(';');
        }
        b.setLength(b.length() - 1);
        return b.append(" (SHOW TRIALS lists them).").toString();
    }

    private static double[] firstOnly(int n) {
        double[] w = new double[n];
        w[0] = 1;
        return w;
    }
}
