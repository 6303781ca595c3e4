package dev.kindling.hub.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook deliveries ({@code kindling.webhooks.*}, env {@code KINDLING_WEBHOOKS_*}). */
@ConfigMapping(prefix = "kindling.webhooks")
public interface WebhookConfig {
    /** Whether this instance reads the change feed into deliveries (any number of replicas may). */
    @WithDefault("true")
    boolean ingest();

    /** How often the change feed is read: with the publishers' 500 ms, the most an event waits to be queued. */
    @WithDefault("1s")
    Duration pollEvery();

    /** Events read from the feed per page. */
    @WithDefault("200")
    int pageSize();

    /** Whether this instance sends deliveries (any number of replicas may: rows are claimed). */
    @WithDefault("true")
    boolean deliver();

    /** How often due deliveries are looked for (the scheduler's finest step is a second). */
    @WithDefault("1s")
    Duration deliverEvery();

    /** Deliveries claimed at once and sent in parallel: the most in flight per instance. */
    @WithDefault("32")
    int batchSize();

    @WithDefault("5s")
    Duration connectTimeout();

    /** The most a receiver may take to answer (headers and the part of the body read). */
    @WithDefault("10s")
    Duration timeout();

    /** How long a claimed delivery is left to its sender before another may claim it again. */
    @WithDefault("60s")
    Duration lease();

    /** The first retry's delay; each further one doubles it, up to {@link #retryCap()}, with jitter. */
    @WithDefault("30s")
    Duration retryBase();

    @WithDefault("6h")
    Duration retryCap();

    /** How long a delivery is retried before it is marked FAILED (at least 24 hours in production). */
    @WithDefault("72h")
    Duration giveUpAfter();

    /** An endpoint is disabled when nothing succeeded for this long ... */
    @WithDefault("72h")
    Duration disableAfter();

    /** ... and at least this many attempts in a row failed. */
    @WithDefault("20")
    int disableAfterFailures();

    /**
     * Development only: allow http:// and deliveries to loopback addresses. Private, link-local and
     * metadata addresses are refused always.
     */
    @WithDefault("false")
    boolean allowLoopback();

    /** Bytes of a receiver's answer read back (the rest is not read) and kept in the delivery log. */
    @WithDefault("1024")
    int responseSnippetBytes();

    /** Delivered and failed deliveries are deleted this long after they were queued. */
    @WithDefault("30d")
    Duration retention();
}
