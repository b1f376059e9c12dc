package dev.pql.train;

import java.util.Map;

/**
 * A progress event of a running training: after each batch ({@code validation} empty) and at
 * the end of each epoch (with the validation metrics, and the training metrics measured on the
 * epoch's batches), and which fold's model trains when {@code trainer.folds} trains several; or,
 * before any of that, that the training waits in the queue ({@link #queued()}). Front ends draw
 * progress bars from these. A statement that runs as a distributed job (CREATE TABLE on a Spark
 * source) sends the same events with only {@code partitionsDone} of {@code partitionsTotal} set
 * ({@link #partitions}): one listener, one bar, whatever the work.
 */
public record TrainingProgress(int epoch, int epochs, int batch, int batches, double loss,
                               Map<String, Double> validation, double elapsedSeconds, Map<String, Double> training,
                               int fold, int folds, int jobsAhead, int trial, int trials, int partitionsDone,
                               int partitionsTotal) {

    /** A training event (no partitions). */
    public TrainingProgress(int epoch, int epochs, int batch, int batches, double loss, Map<String, Double> validation,
                            double elapsedSeconds, Map<String, Double> training, int fold, int folds, int jobsAhead,
                            int trial, int trials) {
        this(epoch, epochs, batch, batches, loss, validation, elapsedSeconds, training, fold, folds, jobsAhead, trial,
                trials, 0, 0);
    }

    /**
     * A distributed job's event: {@code done} of the {@code total} partitions (tasks) its stages have
     * so far (a later stage may add to the total).
     */
    public static TrainingProgress partitions(int done, int total, double elapsedSeconds) {
        return new TrainingProgress(0, 0, 0, 0, Double.NaN, Map.of(), elapsedSeconds, Map.of(), 1, 1, 0, 1, 1, done,
                Math.max(total, done));
    }

    /** Whether this is a distributed job's event ({@link #partitions}) rather than a training's. */
    public boolean ofPartitions() {
        return partitionsTotal > 0;
    }

    /** An event outside a hyperparameter search (trial 1 of 1). */
    public TrainingProgress(int epoch, int epochs, int batch, int batches, double loss, Map<String, Double> validation,
                            double elapsedSeconds, Map<String, Double> training, int fold, int folds, int jobsAhead) {
        this(epoch, epochs, batch, batches, loss, validation, elapsedSeconds, training, fold, folds, jobsAhead, 1, 1);
    }

    /** This event as one of trial {@code trial} of {@code trials} of a HYPEROPT search (each trial trains anew). */
    public TrainingProgress inTrial(int trial, int trials) {
        return new TrainingProgress(epoch, epochs, batch, batches, loss, validation, elapsedSeconds, training, fold, folds,
                jobsAhead, trial, trials);
    }

    /** An event of one fold's model training (not queued). */
    public TrainingProgress(int epoch, int epochs, int batch, int batches, double loss, Map<String, Double> validation,
                            double elapsedSeconds, Map<String, Double> training, int fold, int folds) {
        this(epoch, epochs, batch, batches, loss, validation, elapsedSeconds, training, fold, folds, 0);
    }

    /**
     * The event of a training that waits in the process's training queue behind {@code jobsAhead}
     * other trainings (at least 1): no epoch has started yet.
     */
    public static TrainingProgress queued(int jobsAhead, double waitedSeconds) {
        return new TrainingProgress(0, 0, 0, 0, Double.NaN, Map.of(), waitedSeconds, Map.of(), 1, 1,
                Math.max(1, jobsAhead));
    }

    /** Whether this training waits for others to finish (see {@link TrainingQueue}). */
    public boolean queued() {
        return jobsAhead > 0;
    }

    /** An event of a single model's training. */
    public TrainingProgress(int epoch, int epochs, int batch, int batches, double loss, Map<String, Double> validation,
                            double elapsedSeconds, Map<String, Double> training) {
        this(epoch, epochs, batch, batches, loss, validation, elapsedSeconds, training, 1, 1);
    }

    /** This event as one of fold {@code fold} of {@code folds} (k-fold training: epochs restart with each fold). */
    public TrainingProgress inFold(int fold, int folds) {
        return new TrainingProgress(epoch, epochs, batch, batches, loss, validation, elapsedSeconds, training, fold, folds,
                jobsAhead, trial, trials);
    }

    /** An event without training metrics (every batch event). */
    public TrainingProgress(int epoch, int epochs, int batch, int batches, double loss, Map<String, Double> validation,
                            double elapsedSeconds) {
        this(epoch, epochs, batch, batches, loss, validation, elapsedSeconds, Map.of());
    }

    /** Whether this event closes an epoch. */
    public boolean endOfEpoch() {
        return !validation.isEmpty() && !queued();
    }

    /** Estimated seconds left if every remaining epoch runs (early stopping may end sooner). */
    public double etaSeconds() {
        double done = (epoch - 1) + (double) batch / Math.max(1, batches);
        return done <= 0 ? Double.NaN : elapsedSeconds / done * (epochs - done);
    }
}
