package dev.pql.train;

import dev.pql.config.Hyperopt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Asynchronous successive halving (Li et al., "A System for Massively Parallel Hyperparameter
 * Tuning", 2018), as Ray Tune's AsyncHyperBandScheduler with one bracket: rungs at grace_period,
 * grace_period x reduction_factor, ... below max_t. The first time a trial's progress reaches a rung
 * it records its held-out metric there, and it stops unless it is at least as good as the
 * (1 - 1/reduction_factor) quantile of the trials recorded there before it: only about the best
 * 1/reduction_factor go on. Asynchronous: no trial waits for others to reach a rung, so the first
 * trials always go on (there is nothing to compare them with yet); that is the price of never idling.
 * A trial also stops at max_t. With trainer.folds every fold is judged against the same fold of the
 * other trials. Shared by the trials of one search, possibly training at once, so synchronised.
 */
public final class SuccessiveHalving {
    private final Hyperopt.Halving settings;
    private final String metric;
    private final String output;
    private final boolean maximize;
    /** Rung milestones, highest first (Ray checks the highest rung reached). */
    private final List<Double> milestones = new ArrayList<>();
    /** Per fold and rung: the metric of each trial recorded there, oriented so that higher is better. */
    private final Map<Integer, Map<Double, Map<Integer, Double>>> recorded = new HashMap<>();
    private final Set<Integer> stopped = new HashSet<>();

    public SuccessiveHalving(Hyperopt.Halving settings, String metric, String output, boolean maximize) {
        this.settings = settings;
        this.metric = metric;
        this.output = output;
        this.maximize = maximize;
        for (double m = settings.gracePeriod(); m < settings.maxT(); m *= settings.reductionFactor()) {
            milestones.add(m);
        }
        Collections.reverse(milestones);
    }

    /** The rule one fold of one trial trains under. */
    public StopRule forTrial(int trial, int fold) {
        return (iteration, seconds, validation) -> judge(trial, fold, "time_total_s".equals(settings.timeAttr())
                ? seconds : iteration, validation);
    }

    /** Whether the trial was stopped by a rung (or max_t) before its training ended by itself. */
    public synchronized boolean stopped(int trial) {
        return stopped.contains(trial);
    }

    private synchronized boolean judge(int trial, int fold, double progress, Map<String, Double> validation) {
        if (progress >= settings.maxT()) {
            stopped.add(trial);
            return true;
        }
        Double value = validation.get(metric);
        if (value == null) {
            value = validation.get(Metrics.ofOutput(output, metric));
        }
        if (value == null || value.isNaN()) {
            return false; // nothing to judge by: let it train
        }
        double reward = maximize ? value : -value;
        Map<Double, Map<Integer, Double>> rungs = recorded.computeIfAbsent(fold, f -> new HashMap<>());
        for (double milestone : milestones) {
            Map<Integer, Double> here = rungs.computeIfAbsent(milestone, m -> new HashMap<>());
            if (progress < milestone || here.containsKey(trial)) {
                continue;
            }
            Double cutoff = cutoff(here.values());
            here.put(trial, reward);
            if (cutoff != null && reward < cutoff) {
                stopped.add(trial);
                return true;
            }
            return false;
        }
        return false;
    }

    /** The (1 - 1/reduction_factor) quantile of the recorded rewards, interpolated linearly (numpy's default); null when none. */
    private Double cutoff(java.util.Collection<Double> rewards) {
        if (rewards.isEmpty()) {
            return null;
        }
        double[] sorted = rewards.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double position = (1 - 1 / settings.reductionFactor()) * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
