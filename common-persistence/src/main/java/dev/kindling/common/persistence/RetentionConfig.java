package dev.kindling.common.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long the plumbing tables keep their rows ({@code kindling.retention.*}, env {@code
 * KINDLING_RETENTION_*}). The job runs every {@link #every()} and deletes in batches.
 */
@ConfigMapping(prefix = "kindling.retention")
public interface RetentionConfig {
    /** The shortest time an Idempotency-Key is kept: clients may retry for a day. */
    Duration MIN_IDEMPOTENCY_KEYS = Duration.ofHours(24);

    /** Whether the job runs at all. */
    @WithDefault("true")
    boolean enabled();

    /** How often the job runs. */
    @WithDefault("1h")
    Duration every();

    /** How long an Idempotency-Key and its stored answer are kept; never less than 24 hours. */
    @WithDefault("24h")
    Duration idempotencyKeys();

    /**
     * How long an outbox event is kept after it was published: the retention of the change feed. An
     * event nobody has published yet ({@code published_at} null) is never deleted.
     */
    @WithDefault("7d")
    Duration outbox();

    /** Rows deleted per statement, so that no delete holds locks for long. */
    @WithDefault("5000")
    int batchSize();
}
