package dev.pql.train;

import ai.djl.training.tracker.Tracker;
import dev.pql.config.TrainerConfig;

/**
 * The learning rate at each step (Ludwig's learning_rate_scheduler): linear warm-up, then
 * linear, exponential or cosine decay over the remaining steps, times the cuts that
 * reduce-on-plateau has made. The trainer calls {@link #endEpoch} with the validation result.
 */
final class LearningRateSchedule implements Tracker {
    private final double base;
    private final String decay;
    private final double decayRate;
    private final int decaySteps;
    private final boolean staircase;
    private final long warmupSteps;
    private final long totalSteps;
    private final int maxCuts;
    private final int patience;
    private final double cutRate;
    private double factor = 1;
    private int cuts;
    private int sinceBest;

    LearningRateSchedule(TrainerConfig tc, long stepsPerEpoch) {
        TrainerConfig.LearningRateScheduler s = tc.learningRateScheduler();
        base = tc.learningRate();
        totalSteps = Math.max(1, tc.trainSteps() != null ? tc.trainSteps() : stepsPerEpoch * tc.epochs());
        decay = s == null ? null : s.decay();
        decayRate = s == null || s.decayRate() == null ? 0.96 : s.decayRate();
        decaySteps = s == null || s.decaySteps() == null ? 10000 : s.decaySteps();
        staircase = s != null && Boolean.TRUE.equals(s.staircase());
        long byEpochs = s == null || s.warmupEvaluations() == null ? 0 : s.warmupEvaluations() * stepsPerEpoch;
        long byFraction = s == null || s.warmupFraction() == null ? 0 : Math.round(s.warmupFraction() * totalSteps);
        warmupSteps = Math.max(byEpochs, byFraction);
        maxCuts = s == null || s.reduceOnPlateau() == null ? 0 : s.reduceOnPlateau();
        patience = s == null || s.reduceOnPlateauPatience() == null ? 10 : s.reduceOnPlateauPatience();
        cutRate = s == null || s.reduceOnPlateauRate() == null ? 0.1 : s.reduceOnPlateauRate();
    }

    /** DJL counts updates from 1, per parameter; every parameter is updated once a step. */
    @Override
    public float getNewValue(int numUpdate) {
        return (float) rate(Math.max(0, numUpdate - 1));
    }

    /** The rate at a 0-based step. */
    double rate(long step) {
        if (step < warmupSteps) {
            return base * factor * (step + 1) / warmupSteps;
        }
        double progress = (double) (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
        double d = decay == null ? 1 : switch (decay) {
            case "linear" -> Math.max(0, 1 - progress);
            case "cosine" -> 0.5 * (1 + Math.cos(Math.PI * Math.min(1, progress)));
            case "exponential" -> Math.pow(decayRate, staircase ? Math.floor((double) (step - warmupSteps) / decaySteps)
                    : (double) (step - warmupSteps) / decaySteps);
            default -> 1;
        };
        return base * factor * d;
    }

    /** After each epoch: a cut when the validation metric has not improved for {@code patience} epochs. */
    void endEpoch(boolean improved) {
        if (improved) {
            sinceBest = 0;
            return;
        }
        if (++sinceBest >= patience && cuts < maxCuts) {
            factor *= cutRate;
            cuts++;
            sinceBest = 0;
        }
    }
}
