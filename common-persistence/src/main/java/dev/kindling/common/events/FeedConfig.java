package dev.kindling.common.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The change feed of a service ({@code kindling.feed.*}, env {@code KINDLING_FEED_*}). How long the
 * feed keeps an event is the outbox retention ({@code kindling.retention.outbox}).
 */
@ConfigMapping(prefix = "kindling.feed")
public interface FeedConfig {
    /** Whether this instance publishes (gives feed positions to) recorded events. */
    @WithDefault("true")
    boolean publish();

    /**
     * How often the publisher looks for recorded events it was not nudged about (a commit nudges it at
     * once); Quarkus' scheduler runs jobs at most once a second, so values below 1 s act as 1 s.
     */
    @WithDefault("1s")
    Duration publishEvery();

    /** Events positioned per transaction of the publisher. */
    @WithDefault("1000")
    int batchSize();
}
