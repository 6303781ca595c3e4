package dev.kindling.hub.webhook;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: exponential backoff with "equal jitter" — after attempt n the
 * delay is half of min(cap, base·2^(n−1)) plus a random part up to the other half, so retries of many
 * deliveries that failed together spread out instead of arriving together, and no delay is shorter than
 * half its step. With the defaults (30 s base, 6 h cap) the steps are 30 s, 1 min, 2 min … 4 h 16 min,
 * then 6 h: about 13 attempts in the first 24 hours, and retries go on until the give-up time (72 h).
 */
public final class Backoff {
    private Backoff() {}

    public static Duration after(int attempt, Duration base, Duration cap) {
        long step = step(attempt, base.toMillis(), cap.toMillis());
        long half = step / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(step - half + 1));
    }

    /** min(cap, base·2^(attempt−1)), without overflow. */
    static long step(int attempt, long base, long cap) {
        int doublings = Math.max(0, Math.min(attempt - 1, 40));
        long step = base;
        for (int i = 0; i < doublings && step < cap; i++) {
            step *= 2;
        }
        return Math.min(step, cap);
    }
}
