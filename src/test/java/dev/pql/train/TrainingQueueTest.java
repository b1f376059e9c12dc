package dev.pql.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Trainings take turns: never two at once, a waiting one hears it is queued and can be cancelled. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TrainingQueueTest {
    @Test
    void trainingsNeverOverlapAndWaitersHearTheirPlace() throws Exception {
        TrainingQueue queue = new TrainingQueue();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> heard = new CopyOnWriteArrayList<>();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> queue.run(() -> {
            holding.countDown();
            await(release);
            return null;
        }, heard::add, () -> false));
        first.start();
        holding.await();
        Thread[] others = new Thread[3];
        for (int i = 0; i < others.length; i++) {
            others[i] = new Thread(() -> queue.run(() -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                inside.decrementAndGet();
                return null;
            }, heard::add, () -> false));
            others[i].start();
        }
        while (queue.waiting() < 3) {
            Thread.sleep(10);
        }
        release.countDown();
        first.join();
        for (Thread t : others) {
            t.join();
        }
        assertEquals(1, most.get(), "one training at a time");
        assertEquals(true, heard.contains(1) && heard.stream().allMatch(n -> n >= 1 && n <= 3), heard.toString());
    }

    @Test
    void aCancelWhileQueuedEndsTheWaitWith57014() throws Exception {
        TrainingQueue queue = new TrainingQueue();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> queue.run(() -> {
            holding.countDown();
            await(release);
            return null;
        }, n -> { }, () -> false));
        first.start();
        holding.await();
        PqlException e = assertThrows(PqlException.class, () -> queue.run(() -> "never", n -> { }, () -> true));
        assertEquals(ErrorCode.CANCELLED, e.code());
        release.countDown();
        first.join();
        assertEquals("next", queue.run(() -> "next", n -> { }, () -> false));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
