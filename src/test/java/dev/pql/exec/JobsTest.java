package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.train.TrainingProgress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The job list: states and progress as trainings queue, run and end; one creator per model name. */
class JobsTest {
    @Test
    void aDistributedStatementShowsItsPartitions() {
        Jobs jobs = new Jobs();
        Jobs.Job job = jobs.startWriting("lake.scored", "ann", "CREATE TABLE lake.scored AS ...");
        job.progress(TrainingProgress.partitions(3, 8, 1.5));
        Jobs.JobInfo running = jobs.snapshot().get(0);
        assertEquals("lake.scored", running.model(), "the table it writes, as written");
        assertEquals(Jobs.State.RUNNING, running.state());
        assertEquals("partitions 3/8", running.detail());
        assertEquals(3 / 8.0, running.progress(), 1e-9);
        job.finish(null);
        assertEquals(Jobs.State.SUCCEEDED, jobs.snapshot().get(0).state());
        assertEquals("CREATE TABLE lake.scored AS ...", jobs.snapshot().get(0).statement());
        assertEquals("lake.scored", DistributedJob.target("  create table lake.scored as select 1"));
    }

    @Test
    void aJobGoesFromQueuedToRunningToSucceeded() {
        Jobs jobs = new Jobs();
        Jobs.Job job = jobs.start("Spam", "ann", "CREATE MODEL spam ...", true);
        job.progress(TrainingProgress.queued(2, 0.5));
        Jobs.JobInfo queued = jobs.snapshot().get(0);
        assertEquals(Jobs.State.QUEUED, queued.state());
        assertEquals("queued behind 2 jobs", queued.detail());
        assertEquals("spam", queued.model());
        assertEquals("ann", queued.user());

        job.progress(new TrainingProgress(2, 4, 5, 10, 0.3, Map.of(), 1.0));
        Jobs.JobInfo running = jobs.snapshot().get(0);
        assertEquals(Jobs.State.RUNNING, running.state());
        assertEquals(0.375, running.progress(), 1e-9);
        assertEquals("epoch 2/4 batch 5/10", running.detail());

        job.progress(new TrainingProgress(2, 4, 5, 10, 0.3, Map.of(), 1.0).inTrial(3, 12));
        Jobs.JobInfo searching = jobs.snapshot().get(0);
        assertEquals("trial 3/12 epoch 2/4 batch 5/10", searching.detail());
        assertEquals((2 + 0.375) / 12, searching.progress(), 1e-9, "a HYPEROPT search's progress spans its trials");

        job.finish(null);
        Jobs.JobInfo done = jobs.snapshot().get(0);
        assertEquals(Jobs.State.SUCCEEDED, done.state());
        assertEquals(1.0, done.progress());
        assertTrue(!done.elapsed().isNegative());
    }

    @Test
    void aSecondCreatorOfTheSameNameGets42P07UntilTheFirstEnds() {
        Jobs jobs = new Jobs();
        Jobs.Job first = jobs.start("spam", "ann", "CREATE MODEL spam", true);
        PqlException e = assertThrows(PqlException.class, () -> jobs.start("SPAM", "bob", "CREATE MODEL SPAM", true));
        assertEquals(ErrorCode.MODEL_ALREADY_EXISTS, e.code());
        assertTrue(e.getMessage().contains("is being created by job 1 (user ann)"), e.getMessage());
        jobs.start("spam", "bob", "CREATE OR REPLACE MODEL spam", false).finish(null); // OR REPLACE never waits
        first.finish(new PqlException(ErrorCode.CANCELLED, "cancelled"));
        jobs.start("spam", "bob", "CREATE MODEL spam", true);
        List<Jobs.State> states = jobs.snapshot().stream().map(Jobs.JobInfo::state).toList();
        assertEquals(List.of(Jobs.State.CANCELLED, Jobs.State.SUCCEEDED, Jobs.State.RUNNING), states);
    }

    @Test
    void onlyTheLastFinishedJobsAreKept() {
        Jobs jobs = new Jobs();
        for (int i = 0; i < Jobs.KEEP_FINISHED + 20; i++) {
            jobs.start("m" + i, "ann", "CREATE MODEL m" + i, true).finish(null);
        }
        List<Jobs.JobInfo> all = jobs.snapshot();
        assertEquals(Jobs.KEEP_FINISHED, all.size());
        assertEquals(21, all.get(0).job());
    }
}
