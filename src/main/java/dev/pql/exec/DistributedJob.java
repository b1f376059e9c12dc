package dev.pql.exec;

import dev.pql.data.PartitionProgress;
import dev.pql.train.TrainingProgress;
import java.util.function.Consumer;

/**
 * A plain statement's progress when a source runs it as a distributed job (CREATE TABLE lake.t AS
 * ... in Spark): on the first partitions the source reports, the statement becomes a job of the
 * database's list ({@code pql.jobs}: "partitions 3/8"), and each report goes to the statement's
 * progress listener too (the shell's bar). A statement no source reports on never becomes a job.
 */
final class DistributedJob implements PartitionProgress {
    private final Session session;
    private final String statement;
    private final Consumer<TrainingProgress> listener;
    private final long started = System.nanoTime();
    private Jobs.Job job;
    private boolean finished;

    DistributedJob(Session session, String statement, Consumer<TrainingProgress> listener) {
        this.session = session;
        this.statement = statement;
        this.listener = listener;
    }

    @Override
    public void partitions(int done, int total) {
        TrainingProgress p = TrainingProgress.partitions(done, total, (System.nanoTime() - started) / 1e9);
        synchronized (this) {
            if (finished) {
                return; // a late report (a poller's last) must not make a finished job run again
            }
            if (job == null) {
                job = session.engine().jobs().startWriting(target(statement), session.user(), statement);
            }
            job.progress(p);
        }
        if (listener != null) {
            listener.accept(p);
        }
    }

    /** Ends the job, if the statement became one. */
    synchronized void finish(RuntimeException error) {
        finished = true;
        if (job != null) {
            job.finish(error);
        }
    }

    /** The table a CREATE TABLE writes, as written ({@code lake.scored}); else the statement's first words. */
    static String target(String statement) {
        if (statement == null) {
            return "statement";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?is)^\\s*CREATE\\s+TABLE\\s+(\\S+)").matcher(statement);
        if (m.find()) {
            return m.group(1);
        }
        String s = statement.strip();
        return s.length() > 40 ? s.substring(0, 40) : s;
    }
}
