package dev.kindling.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NudgeTest {
    @Test
    void nudgesWhileARunIsPendingCoalesceAndOneDuringARunQueuesExactlyOneMore() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Semaphore finished = new Semaphore(0);
        try (Nudge nudge = new Nudge("test-nudge", Duration.ZERO, () -> {
            if (runs.incrementAndGet() == 1) {
                started.countDown();
                await(release);
            }
            finished.release();
        })) {
            nudge.run();
            assertTrue(started.await(10, TimeUnit.SECONDS), "the first nudge runs the job");
            for (int i = 0; i < 100; i++) {
                nudge.run();
            }
            release.countDown();
            assertTrue(finished.tryAcquire(2, 10, TimeUnit.SECONDS), "the run under way and one more");
            assertEquals(2, runs.get(), "100 nudges during a run queue one run, not 100");

            nudge.run();
            assertTrue(finished.tryAcquire(1, 10, TimeUnit.SECONDS), "a nudge after the runs runs again");
            assertEquals(3, runs.get());
        }
    }

    @Test
    void runsStartAtLeastTheGapApartAndNudgesDuringTheGapShareOneRun() throws Exception {
        Duration gap = Duration.ofMillis(300);
        List<Long> starts = new CopyOnWriteArrayList<>();
        Semaphore finished = new Semaphore(0);
        try (Nudge nudge = new Nudge("test-nudge", gap, () -> {
            starts.add(System.nanoTime());
            finished.release();
        })) {
            nudge.run();
            assertTrue(finished.tryAcquire(10, TimeUnit.SECONDS), "the first nudge runs at once");
            for (int i = 0; i < 50; i++) {
                nudge.run();
            }
            assertTrue(finished.tryAcquire(10, TimeUnit.SECONDS));
            assertFalse(finished.tryAcquire(2 * gap.toMillis(), TimeUnit.MILLISECONDS), "50 nudges, one run");
            assertEquals(2, starts.size());
            assertTrue(starts.get(1) - starts.get(0) >= gap.toNanos(), "the second run waited for the gap");
        }
    }

    @Test
    void aFailingRunDoesNotStopLaterNudges() throws Exception {
        Semaphore runs = new Semaphore(0);
        try (Nudge nudge = new Nudge("test-nudge", Duration.ZERO, () -> {
            runs.release();
            throw new IllegalStateException("the database is down");
        })) {
            nudge.run();
            assertTrue(runs.tryAcquire(10, TimeUnit.SECONDS));
            nudge.run();
            assertTrue(runs.tryAcquire(10, TimeUnit.SECONDS), "the thread survived the failure");
        }
    }

    @Test
    void aClosedNudgeIgnoresNudges() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Nudge nudge = new Nudge("test-nudge", Duration.ZERO, runs::incrementAndGet);
        nudge.close();
        nudge.run();
        nudge.run();
        Thread.sleep(200);
        assertEquals(0, runs.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
