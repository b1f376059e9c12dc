package dev.pql.exec;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.registry.ModelStore;
import dev.pql.train.TrainingProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The training jobs of one database: those queued, the one running, and the last finished ones.
 * {@link #snapshot()} is what a {@code pql.jobs} view shows. A CREATE MODEL (without OR REPLACE)
 * also reserves its model name here, so a second CREATE of the same name fails at once with
 * 42P07 instead of training in vain and failing at the save.
 */
public final class Jobs {
    /** How many finished jobs stay visible. */
    static final int KEEP_FINISHED = 100;
    private final Map<Long, Job> jobs = new LinkedHashMap<>();
    private long nextId = 1;

    /** A job's state. */
    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        /** The lower-case name shown to users ({@code queued}, {@code running}, ...). */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One row of the job list. {@code model} is the model a training makes, or the table a statement
     * run as a distributed job writes ({@code lake.scored}). {@code progress} is the fraction done (0 to 1); {@code detail} says it
     * in words ({@code queued behind 2 jobs}, {@code epoch 3/10 batch 5/12}); {@code elapsed} counts
     * from {@code started} to the end, or to now while the job runs.
     */
    public record JobInfo(long job, String model, String user, String statement, State state, double progress,
                          String detail, Instant started, Duration elapsed) {
    }

    /** A job as it runs; every change goes through the owning {@link Jobs} monitor. */
    final class Job {
        private final long id;
        private final String model;
        private final String user;
        private final String statement;
        private final boolean reservesName;
        private final Instant started = Instant.now();
        private Instant finished;
        private State state = State.RUNNING;
        private double progress;
        private String detail = "starting";

        private Job(long id, String model, String user, String statement, boolean reservesName) {
            this.id = id;
            this.model = model;
            this.user = user;
            this.statement = statement;
            this.reservesName = reservesName;
        }

        long id() {
            return id;
        }

        /** Follows a training event: queued, or an epoch and batch; or a distributed job's partitions. */
        void progress(TrainingProgress p) {
            synchronized (Jobs.this) {
                if (p.ofPartitions()) {
                    state = State.RUNNING;
                    progress = (double) p.partitionsDone() / p.partitionsTotal();
                    detail = "partitions " + p.partitionsDone() + "/" + p.partitionsTotal();
                    return;
                }
                if (p.queued()) {
                    state = State.QUEUED;
                    detail = "queued behind " + p.jobsAhead() + (p.jobsAhead() == 1 ? " job" : " jobs");
                    return;
                }
                state = State.RUNNING;
                double perFold = ((p.epoch() - 1) + (double) p.batch() / Math.max(1, p.batches())) / Math.max(1, p.epochs());
                progress = Math.max(0, Math.min(1, ((p.fold() - 1) + perFold) / Math.max(1, p.folds())));
                if (p.trials() > 1) { // a HYPEROPT search: each trial trains its model (and folds) anew
                    progress = Math.max(0, Math.min(1, ((p.trial() - 1) + progress) / p.trials()));
                }
                detail = (p.trials() > 1 ? "trial " + p.trial() + "/" + p.trials() + " " : "")
                        + (p.folds() > 1 ? "fold " + p.fold() + "/" + p.folds() + " " : "")
                        + "epoch " + p.epoch() + "/" + p.epochs() + " batch " + p.batch() + "/" + p.batches();
            }
        }

        /** The job ended: succeeded, failed (the error's message) or cancelled. */
        void finish(RuntimeException error) {
            synchronized (Jobs.this) {
                finished = Instant.now();
                if (error == null) {
                    state = State.SUCCEEDED;
                    progress = 1;
                    detail = "done";
                } else {
                    boolean cancelled = error instanceof PqlException e && e.code() == ErrorCode.CANCELLED;
                    state = cancelled ? State.CANCELLED : State.FAILED;
                    detail = String.valueOf(error.getMessage());
                }
                forgetOldFinished();
            }
        }

        private JobInfo info(Instant now) {
            return new JobInfo(id, model, user, statement, state, progress, detail, started,
                    Duration.between(started, finished == null ? now : finished));
        }

        private boolean finished() {
            return finished != null;
        }
    }

    /**
     * Registers a training of {@code model}. With {@code reserveName} (CREATE MODEL without OR
     * REPLACE) it fails with 42P07 while another such job holds the same name.
     */
    synchronized Job start(String model, String user, String statement, boolean reserveName) {
        return add(ModelStore.normalize(model), user, statement, reserveName);
    }

    /** Registers a statement that a source runs as a distributed job writing {@code table}. */
    synchronized Job startWriting(String table, String user, String statement) {
        return add(table, user, statement, false);
    }

    private Job add(String name, String user, String statement, boolean reserveName) {
        if (reserveName) {
            for (Job j : jobs.values()) {
                if (!j.finished() && j.reservesName && j.model.equals(name)) {
                    throw new PqlException(ErrorCode.MODEL_ALREADY_EXISTS, "Model '" + name + "' is being created by "
                            + "job " + j.id + " (user " + j.user + "); wait for it and use CREATE OR REPLACE MODEL to "
                            + "add a version, or choose another name.");
                }
            }
        }
        Job job = new Job(nextId++, name, user, statement, reserveName);
        jobs.put(job.id, job);
        return job;
    }

    /** The jobs, oldest first, as they are now. */
    public synchronized List<JobInfo> snapshot() {
        Instant now = Instant.now();
        List<JobInfo> out = new ArrayList<>(jobs.size());
        for (Job j : jobs.values()) {
            out.add(j.info(now));
        }
        return List.copyOf(out);
    }

    private void forgetOldFinished() {
        long finished = jobs.values().stream().filter(Job::finished).count();
        var it = jobs.values().iterator();
        while (finished > KEEP_FINISHED && it.hasNext()) {
            if (it.next().finished()) {
                it.remove();
                finished--;
            }
        }
    }
}
