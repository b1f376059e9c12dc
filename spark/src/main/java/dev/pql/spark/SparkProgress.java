package dev.pql.spark;

import dev.pql.data.PartitionProgress;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.JavaSparkStatusTracker;
import org.apache.spark.sql.SparkSession;

/**
 * Follows the Spark jobs this thread starts while it is open (they are put in a job group of their
 * own) and reports their partitions done, summed over their stages, through Spark's status tracker:
 * polled every {@link #POLL_MS} ms on a daemon thread, and once more at the end. A listener on
 * the whole SparkContext would see every source's and every session's jobs; the group keeps each
 * statement to its own.
 */
final class SparkProgress implements AutoCloseable {
    static final long POLL_MS = 200;
    private final SparkContext context;
    private final String group;
    private final PartitionProgress progress;
    private final ScheduledExecutorService poller;
    private int lastDone = -1;
    private int lastTotal = -1;

    private SparkProgress(SparkContext context, String group, PartitionProgress progress) {
        this.context = context;
        this.group = group;
        this.progress = progress;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pql-spark-progress");
            t.setDaemon(true);
            return t;
        });
    }

    /** Puts this thread's next Spark jobs in {@code group} and reports on them until closed. */
    static SparkProgress watch(SparkSession s, String group, PartitionProgress progress) {
        SparkContext context = s.sparkContext();
        context.setJobGroup(group, "PQL statement", true);
        SparkProgress p = new SparkProgress(context, group, progress);
        p.poller.scheduleWithFixedDelay(p::poll, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
        return p;
    }

    private synchronized void poll() {
        JavaSparkStatusTracker tracker = JavaSparkContext.fromSparkContext(context).statusTracker();
        int done = 0;
        int total = 0;
        for (int id : tracker.getJobIdsForGroup(group)) {
            SparkJobInfo job = tracker.getJobInfo(id);
            if (job == null) {
                continue; // already forgotten by Spark
            }
            for (int stage : job.stageIds()) {
                SparkStageInfo info = tracker.getStageInfo(stage);
                if (info != null) {
                    done += info.numCompletedTasks();
                    total += info.numTasks();
                }
            }
        }
        if (total > 0 && (done != lastDone || total != lastTotal)) {
            lastDone = done;
            lastTotal = total;
            progress.partitions(done, total);
        }
    }

    /**
     * The work succeeded: every partition of its stages is done, whatever Spark's status store (fed
     * asynchronously by its listener bus) has caught up with, and stages Spark skipped count as done.
     */
    synchronized void succeeded() {
        stop();
        poll();
        if (lastTotal > 0 && lastDone != lastTotal) {
            lastDone = lastTotal;
            progress.partitions(lastTotal, lastTotal);
        }
    }

    private void stop() {
        poller.shutdownNow();
        try {
            poller.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        context.clearJobGroup();
    }
}
