package dev.pql.train;

import dev.pql.config.TrainerConfig;

/**
 * How long training runs and when it evaluates, from the trainer's step-level options (Ludwig's
 * names): rows per batch ({@code batch_size} capped by {@code max_batch_size}), batches per optimizer
 * step ({@code gradient_accumulation_steps}), optimizer steps in all ({@code train_steps}, else
 * {@code epochs}), and optimizer steps between evaluations ({@code steps_per_checkpoint}, else
 * {@code checkpoints_per_epoch}, else once per epoch).
 */
record StepPlan(int batchSize, int accumulation, long stepsPerEpoch, int maxEpochs, long trainSteps,
                long stepsPerCheckpoint) {

    static StepPlan of(TrainerConfig tc, int trainRows) {
        int batch = tc.maxBatchSize() == null ? tc.batchSize() : Math.min(tc.batchSize(), tc.maxBatchSize());
        int accumulation = tc.gradientAccumulationSteps() == null ? 1 : tc.gradientAccumulationSteps();
        long batches = Math.max(1, (trainRows + batch - 1) / batch);
        long stepsPerEpoch = (batches + accumulation - 1) / accumulation;
        Integer trainSteps = tc.trainSteps();
        int maxEpochs = trainSteps == null ? tc.epochs() : (int) Math.min(Integer.MAX_VALUE,
                (trainSteps + stepsPerEpoch - 1) / stepsPerEpoch);
        long total = trainSteps == null ? stepsPerEpoch * tc.epochs() : trainSteps;
        long every = 0;
        if (tc.stepsPerCheckpoint() != null && tc.stepsPerCheckpoint() > 0) {
            every = tc.stepsPerCheckpoint();
        } else if (tc.checkpointsPerEpoch() != null && tc.checkpointsPerEpoch() > 0) {
            every = Math.max(1, stepsPerEpoch / tc.checkpointsPerEpoch());
        }
        every = Math.min(every, stepsPerEpoch); // at least one evaluation an epoch, as in Ludwig
        return new StepPlan(batch, accumulation, stepsPerEpoch, maxEpochs, total, every);
    }

    /** True when an evaluation is due after optimizer step {@code step} (1-based) that ended an epoch or not. */
    boolean evaluateAfter(long step, boolean endOfEpoch) {
        if (step >= trainSteps) {
            return true;
        }
        return stepsPerCheckpoint > 0 ? step % stepsPerCheckpoint == 0 : endOfEpoch;
    }
}
