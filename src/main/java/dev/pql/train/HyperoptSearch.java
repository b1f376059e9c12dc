package dev.pql.train;

import dev.pql.config.Hyperopt;
import dev.pql.config.ModelConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A HYPEROPT search: trains one trial per planned set of values ({@link Hyperopt#plan}, seeded by the
 * config's random_seed), one after the other (a trial's training already uses the cores), and keeps
 * the trial with the best held-out score: the metric on the validation split, or out-of-fold with
 * trainer.folds. Test rows are never looked at for the choice. A trial that fails (not cancelled),
 * even with an engine error, is a failed trial and the others go on (the search fails when all do); cancelling stops the search and throws, so nothing is kept.
 */
public final class HyperoptSearch {

    /** The best trial's training and config, and every trial for pql.trials. */
    public record Result(TrainingResult result, ModelConfig config, Map<String, Object> values, List<Trial> trials) {
    }

    private HyperoptSearch() {
    }

    /**
     * @param output   the first output's name (metrics of several outputs are named {@code <output>.<metric>})
     * @param trainOne trains one trial's config, given its number (1-based) and the number of trials
     */
    public static Result run(Hyperopt search, ModelConfig base, String output,
                             BiFunction<ModelConfig, Integer, TrainingResult> trainOne) {
        String metric = metric(search, base);
        boolean maximize = search.goal() != null ? search.goal().equals("maximize") : Metrics.higherIsBetter(metric);
        List<Map<String, Object>> plan = search.plan(base.randomSeed());
        List<Trial> trials = new ArrayList<>();
        Result best = null;
        double bestScore = Double.NaN;
        RuntimeException firstFailure = null;
        for (int i = 0; i < plan.size(); i++) {
            Map<String, Object> values = plan.get(i);
            String parameters = Hyperopt.describe(values);
            long start = System.nanoTime();
            try {
                ModelConfig config = search.config(values);
                TrainingResult r = trainOne.apply(config, i + 1);
                Double score = score(r, metric, output);
                if (score == null || score.isNaN()) {
                    throw new PqlException(ErrorCode.INVALID_DATA, "no held-out " + metric + " to score the trial by: "
                            + "give the validation split rows, or set trainer.folds.");
                }
                trials.add(new Trial(i + 1, "hyperopt", parameters, metric, score, 0, "ok", r.seconds()));
                if (best == null || (maximize ? score > bestScore : score < bestScore)) {
                    best = new Result(r, config, values, List.of());
                    bestScore = score;
                }
            } catch (RuntimeException e) { // an engine error too: one trial's values must not end the whole search
                if (e instanceof PqlException p && p.code() == ErrorCode.CANCELLED) {
                    throw e; // the search stops; the caller saves nothing
                }
                firstFailure = firstFailure == null ? e : firstFailure;
                trials.add(new Trial(i + 1, "hyperopt", parameters, metric, null, 0, "failed: " + e.getMessage(),
                        (System.nanoTime() - start) / 1e9));
            }
        }
        if (best == null) {
            throw firstFailure;
        }
        List<Trial> marked = new ArrayList<>();
        for (Trial t : trials) { // the chosen trial has weight 1: it is the version's whole model
            boolean chosen = t.value() != null && t.value() == bestScore && marked.stream().noneMatch(m -> m.weight() > 0);
            marked.add(new Trial(t.trial(), t.kind(), t.parameters(), t.metric(), t.value(), chosen ? 1 : 0, t.status(),
                    t.seconds()));
        }
        return new Result(best.result(), best.config(), best.values(), marked);
    }

    /** The metric trials are compared by: the search's, else the trainer's validation_metric, else loss. */
    static String metric(Hyperopt search, ModelConfig base) {
        String own = base.trainer() == null ? null : base.trainer().validationMetric();
        return search.metric() != null ? search.metric() : own != null ? own : "loss";
    }

    private static Double score(TrainingResult r, String metric, String output) {
        Map<String, Double> validation = r.metrics().getOrDefault("validation", Map.of());
        Double v = validation.get(metric);
        return v != null ? v : validation.get(Metrics.ofOutput(output, metric));
    }

    /** What the search chose, for the version's notes. */
    public static String note(Result r, int trials) {
        Trial chosen = r.trials().stream().filter(t -> t.weight() > 0).findFirst().orElseThrow();
        long ok = r.trials().stream().filter(t -> t.value() != null).count();
        return String.format(Locale.ROOT, "hyperopt: trial %d of %d chose %s (held-out %s %.4f; %d of %d trials "
                + "trained; SHOW TRIALS lists them).", chosen.trial(), trials, chosen.parameters(), chosen.metric(),
                chosen.value(), ok, trials);
    }
}
