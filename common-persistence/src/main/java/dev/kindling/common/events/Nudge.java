package dev.kindling.common.events;

import io.quarkus.logging.Log;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a background job now, on a thread of its own, instead of at its next scheduled tick: the way a
 * service shortens the wait between "there is work" and the job that does it (the outbox publisher after
 * a commit, the webhook sender after queueing). Nudges coalesce: while a run is pending, more nudges add
 * nothing; one made while a run is under way queues exactly one more. Runs start at least {@code gap}
 * apart, so a stream of nudges (a commit each) becomes one run per gap with everything of that gap.
 * The scheduled tick stays as the safety net, so a nudge lost to a failure or a shutdown only costs its
 * latency.
 */
public final class Nudge implements AutoCloseable {
    private final String name;
    private final Runnable job;
    private final long gapNanos;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService thread;
    /** When the last run started (System.nanoTime; a gap ago at first); touched by its own thread only. */
    private long lastStart;

    public Nudge(String name, Duration gap, Runnable job) {
        this.name = name;
        this.job = job;
        this.gapNanos = gap.toNanos();
        this.lastStart = System.nanoTime() - gapNanos;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Asks for a run; returns at once. */
    public void run() {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(this::runOnce);
        } catch (RejectedExecutionException closing) {
            pending.set(false);
        }
    }

    private void runOnce() {
        long wait = lastStart + gapNanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException closing) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        lastStart = System.nanoTime();
        pending.set(false);
        try {
            job.run();
        } catch (RuntimeException e) {
            Log.debugf(e, "%s: a nudged run failed; the scheduled run tries again", name);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
