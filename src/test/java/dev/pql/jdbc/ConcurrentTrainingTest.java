package dev.pql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.train.TrainingProgress;
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
    /** A network trained long enough (a few hundred batches) that two trainings overlap in time. */
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
        List<TrainingProgress> events = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean trainingDone = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch started = new CountDownLatch(2);
            Future<String> first = pool.submit(train(url, String.format(TRAIN, "", "first"), started, events));
            Future<String> second = pool.submit(train(url, String.format(TRAIN, "", "second"), started, events));
            Future<Integer> predictions = pool.submit(() -> predictUntil(url, trainingDone));
            assertEquals("first", first.get(200, TimeUnit.SECONDS));
            assertEquals("second", second.get(200, TimeUnit.SECONDS));
            trainingDone.set(true);
            assertTrue(predictions.get(60, TimeUnit.SECONDS) > 0, "PREDICT answered while models trained");
        } finally {
            trainingDone.set(true);
            pool.shutdownNow();
        }
        assertTrue(events.stream().anyMatch(TrainingProgress::queued), "the later training reported that it was queued");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PREDICT buys USING second GIVEN age = 40, city = 'Nice'")) {
            assertTrue(rs.next());
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
