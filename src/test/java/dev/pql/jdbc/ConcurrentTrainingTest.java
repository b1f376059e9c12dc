package dev.pql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.train.TrainingProgress;
import dev.pql.train.TrainingQueue;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trainings on several connections at once: they queue (DJL allows one gradient collector per
 * process) and all succeed, PREDICT keeps answering meanwhile, and one model name has one creator.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ConcurrentTrainingTest {
    /** A network trained long enough (a few hundred batches) that two trainings started together overlap. */
    static final String TRAIN = "CREATE %s MODEL %s PREDICT buys GIVEN age NUMBER, city FROM people "
            + "WITH (model_type = 'ecd', trainer.epochs = 20, trainer.batch_size = 8)";

    @TempDir
    Path dir;

    @Test
    void twoTrainingsQueueAndBothSucceedWhilePredictAnswers() throws Exception {
        String url = "jdbc:pql:" + dir;
        try (Connection setup = DriverManager.getConnection(url)) {
            Fixtures.people(setup, 200);
            try (Statement s = setup.createStatement()) {
                s.execute(Fixtures.CREATE_MODEL);
            }
        }
        List<TrainingProgress> first = Collections.synchronizedList(new ArrayList<>());
        List<TrainingProgress> second = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean trainingDone = new AtomicBoolean();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // Another training holds the process's queue, so both statements must wait their turn.
            pool.submit(() -> TrainingQueue.process().run(() -> {
                held.countDown();
                awaitQuietly(release);
                return null;
            }, n -> { }, () -> false));
            held.await();
            CountDownLatch started = new CountDownLatch(2);
            Future<String> a = pool.submit(train(url, String.format(TRAIN, "", "first"), started, first));
            Future<String> b = pool.submit(train(url, String.format(TRAIN, "", "second"), started, second));
            Future<Integer> predictions = pool.submit(() -> predictUntil(url, trainingDone));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(queued(first) && queued(second)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(queued(first) && queued(second), "both trainings reported that they were queued");
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT model, state, user_name FROM pql.jobs WHERE state = 'queued' "
                         + "ORDER BY model")) {
                List<String> waiting = new ArrayList<>();
                while (rs.next()) {
                    waiting.add(rs.getString(1) + "|" + rs.getString(2) + "|" + (rs.getString(3) != null));
                }
                assertEquals(List.of("first|queued|true", "second|queued|true"), waiting, "pql.jobs shows the queue");
            }
            release.countDown();
            assertEquals("first", a.get(200, TimeUnit.SECONDS));
            assertEquals("second", b.get(200, TimeUnit.SECONDS));
            trainingDone.set(true);
            assertTrue(predictions.get(60, TimeUnit.SECONDS) > 0, "PREDICT answered while models waited and trained");
        } finally {
            release.countDown();
            trainingDone.set(true);
            pool.shutdownNow();
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PREDICT buys USING second GIVEN age = 40, city = 'Nice'")) {
            assertTrue(rs.next());
        }
    }

    private static boolean queued(List<TrainingProgress> events) {
        synchronized (events) {
            return events.stream().anyMatch(TrainingProgress::queued);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void sameNameAtTheSameTimeHasOneWinner() throws Exception {
        String url = "jdbc:pql:" + dir;
        try (Connection setup = DriverManager.getConnection(url)) {
            Fixtures.people(setup, 200);
        }
        List<Object> outcomes = runTogether(url, String.format(TRAIN, "", "twin"), String.format(TRAIN, "", "twin"));
        assertEquals(1, outcomes.stream().filter("twin"::equals).count(), "exactly one CREATE wins: " + outcomes);
        assertEquals(1, outcomes.stream().filter("42P07"::equals).count(), "the other gets 42P07: " + outcomes);

        List<Object> replaced = runTogether(url, String.format(TRAIN, "OR REPLACE", "twin"),
                String.format(TRAIN, "OR REPLACE", "twin"));
        assertEquals(List.of("twin", "twin"), replaced, "with OR REPLACE both add a version");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW MODELS")) {
            assertTrue(rs.next());
            assertEquals(3, rs.getInt("versions"));
        }
    }

    /** Runs two statements on two connections at once; each outcome is the model name or the SQLSTATE. */
    private static List<Object> runTogether(String url, String a, String b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch started = new CountDownLatch(2);
            List<TrainingProgress> ignored = Collections.synchronizedList(new ArrayList<>());
            Future<String> fa = pool.submit(train(url, a, started, ignored));
            Future<String> fb = pool.submit(train(url, b, started, ignored));
            List<Object> out = new ArrayList<>();
            for (Future<String> f : List.of(fa, fb)) {
                try {
                    out.add(f.get(200, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    out.add(e.getCause() instanceof SQLException s ? s.getSQLState() : e.getCause().toString());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Trains on its own connection once both trainers are ready; returns the model's name. */
    private static Callable<String> train(String url, String sql, CountDownLatch started, List<TrainingProgress> events) {
        return () -> {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.unwrap(PqlStatement.class).setProgressListener(events::add);
                started.countDown();
                started.await();
                try (ResultSet rs = s.executeQuery(sql)) {
                    assertTrue(rs.next());
                    return rs.getString("model");
                }
            }
        };
    }

    private static int predictUntil(String url, AtomicBoolean done) throws SQLException {
        int n = 0;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            while (!done.get()) {
                try (ResultSet rs = s.executeQuery("PREDICT buys USING buyer GIVEN age = 40, city = 'Nice'")) {
                    assertTrue(rs.next());
                    n++;
                }
            }
        }
        return n;
    }
}
