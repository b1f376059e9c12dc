package dev.pql.train;

import dev.pql.config.Hyperopt;
import dev.pql.config.ModelConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A HYPEROPT search: trains one trial per set of values, drawn by the search algorithm (random and
 * grid: {@link Hyperopt#plan}, seeded by the config's random_seed; hyperopt: {@link TreeParzen} on the
 * trials finished so far), {@code concurrency} at a time, and keeps the trial with the best
 * held-out score: the metric on the validation split, or out-of-fold with trainer.folds. Test rows
 * are never looked at for the choice. Under a successive-halving scheduler a poor trial stops at a
 * rung and keeps its best evaluation so far. A trial that fails (not cancelled), even with an engine
 * error, is a failed trial and the others go on (the search fails when all do); cancelling stops
 * the search and throws, so nothing is kept.
 */
public final class HyperoptSearch {

    /** The best trial's training and config, and every trial for pql.trials. */
    public record Result(TrainingResult result, ModelConfig config, Map<String, Object> values, List<Trial> trials) {
    }

    /** Trains one trial's config; {@code stopRules} gives each fold (from 1) the scheduler's rule. */
    @FunctionalInterface
    public interface TrialTraining {
        TrainingResult train(ModelConfig config, int trial, IntFunction<StopRule> stopRules);
    }

    /** One finished trial, as the loop collects it. */
    private record Outcome(int trial, Map<String, Object> values, ModelConfig config, TrainingResult result,
                           RuntimeException failure, double seconds) {
    }

    private HyperoptSearch() {
    }

    /**
     * @param output      the first output's name (metrics of several outputs are named {@code <output>.<metric>})
     * @param concurrency trials trained at once (1: one after the other, in the caller's thread)
     */
    public static Result run(Hyperopt search, ModelConfig base, String output, int concurrency, TrialTraining trainOne) {
        String metric = metric(search, base);
        boolean maximize = search.goal() != null ? search.goal().equals("maximize") : Metrics.higherIsBetter(metric);
        int total = search.trials();
        List<Map<String, Object>> plan = search.tpe() == null ? search.plan(base.randomSeed()) : null;
        TreeParzen tpe = search.tpe() == null ? null : new TreeParzen(search.parameters(), initialPoints(search),
                search.tpe().gamma(), search.tpe().seed() != null ? search.tpe().seed() : base.randomSeed());
        SuccessiveHalving halving = search.halving() == null ? null
                : new SuccessiveHalving(search.halving(), metric, output, maximize);
        List<TreeParzen.Observed> observed = new ArrayList<>();
        Map<Integer, Trial> trials = new TreeMap<>();
        Result best = null;
        double bestScore = Double.NaN;
        int bestTrial = 0;
        RuntimeException firstFailure = null;
        ExecutorService pool = concurrency > 1 ? Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "pql-hyperopt-trial");
            t.setDaemon(true);
            return t;
        }) : null;
        CompletionService<Outcome> running = new ExecutorCompletionService<>(pool != null ? pool : Runnable::run);
        List<Future<Outcome>> inFlight = new ArrayList<>();
        int started = 0;
        try {
            while (started < total || !inFlight.isEmpty()) {
                while (started < total && inFlight.size() < Math.max(1, concurrency)) {
                    int trial = ++started;
                    Map<String, Object> values = plan != null ? plan.get(trial - 1) : tpe.next(List.copyOf(observed));
                    inFlight.add(running.submit(() -> train(search, trainOne, trial, values, halving)));
                }
                Future<Outcome> done = running.take();
                inFlight.remove(done);
                Outcome o = get(done);
                String parameters = Hyperopt.describe(o.values());
                Double score = o.failure() == null ? score(o.result(), metric, output) : null;
                RuntimeException failure = o.failure();
                if (failure == null && (score == null || score.isNaN())) {
                    failure = new PqlException(ErrorCode.INVALID_DATA, "no held-out " + metric + " to score the trial by: "
                            + "give the validation split rows, or set trainer.folds.");
                }
                if (failure != null) {
                    if (failure instanceof PqlException p && p.code() == ErrorCode.CANCELLED) {
                        throw failure; // the search stops; the caller saves nothing
                    }
                    firstFailure = firstFailure == null ? failure : firstFailure;
                    trials.put(o.trial(), new Trial(o.trial(), "hyperopt", parameters, metric, null, 0, "failed: "
                            + failure.getMessage(), o.seconds()));
                    continue;
                }
                observed.add(new TreeParzen.Observed(o.values(), maximize ? score : -score));
                String status = halving != null && halving.stopped(o.trial()) ? "stopped at " + stoppedAt(o.result())
                        + " by successive halving" : "ok";
                trials.put(o.trial(), new Trial(o.trial(), "hyperopt", parameters, metric, score, 0, status,
                        o.result().seconds()));
                boolean better = best == null || (maximize ? score > bestScore : score < bestScore)
                        || (score == bestScore && o.trial() < bestTrial); // a tie goes to the earlier trial, whatever finished first
                if (better) {
                    best = new Result(o.result(), o.config(), o.values(), List.of());
                    bestScore = score;
                    bestTrial = o.trial();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PqlException(ErrorCode.CANCELLED, "The hyperopt search was interrupted; nothing was saved.");
        } finally {
            if (pool != null) {
                pool.shutdownNow(); // trials still training see the cancel flag and end
            }
        }
        if (best == null) {
            throw firstFailure;
        }
        List<Trial> marked = new ArrayList<>();
        for (Trial t : trials.values()) { // the chosen trial has weight 1: it is the version's whole model
            boolean chosen = t.trial() == bestTrial;
            marked.add(new Trial(t.trial(), t.kind(), t.parameters(), t.metric(), t.value(), chosen ? 1 : 0, t.status(),
                    t.seconds()));
        }
        return new Result(best.result(), best.config(), best.values(), marked);
    }

    private static Outcome train(Hyperopt search, TrialTraining trainOne, int trial, Map<String, Object> values,
                                 SuccessiveHalving halving) {
        long start = System.nanoTime();
        try {
            ModelConfig config = search.config(values);
            TrainingResult r = trainOne.train(config, trial, fold -> halving == null ? StopRule.NEVER
                    : halving.forTrial(trial, fold));
            return new Outcome(trial, values, config, r, null, r.seconds());
        } catch (RuntimeException e) { // an engine error too: one trial's values must not end the whole search
            return new Outcome(trial, values, null, null, e, (System.nanoTime() - start) / 1e9);
        }
    }

    private static Outcome get(Future<Outcome> done) throws InterruptedException {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // train() catches every RuntimeException itself
        }
    }

    /** Where a stopped trial's training ended: its last evaluation (epoch, or gbm round). */
    private static String stoppedAt(TrainingResult r) {
        return r.log().isEmpty() ? "its start" : "evaluation " + r.log().size();
    }

    /** TPE's random trials: as set, else half of the trials, at most 20 (Ray's default). */
    static int initialPoints(Hyperopt search) {
        Integer set = search.tpe().initialPoints();
        return set != null ? set : Math.max(1, Math.min(20, search.numSamples() / 2));
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
        long stopped = r.trials().stream().filter(t -> t.status().startsWith("stopped")).count();
        return String.format(Locale.ROOT, "hyperopt: trial %d of %d chose %s (held-out %s %.4f; %d of %d trials "
                + "trained%s; SHOW TRIALS lists them).", chosen.trial(), trials, chosen.parameters(), chosen.metric(),
                chosen.value(), ok, trials, stopped > 0 ? ", " + stopped + " stopped early by successive halving" : "");
    }
}
