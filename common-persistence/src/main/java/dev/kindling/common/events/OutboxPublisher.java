package dev.kindling.common.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;

/**
 * Publishes recorded outbox events into the change feed: gives each a position, gap-free and only ever
 * growing, in the order they were recorded, and marks it published.
 *
 * <p>Why positions are given here and not when an event is recorded: transactions commit in another
 * order than they start, so a reader that has seen number 8 could later miss a 7 committed after it.
 * The publisher only positions committed events, one transaction at a time (the {@code outbox_head}
 * row is locked; another replica that finds it locked skips its turn), so every position below the head
 * is committed and stays where it is. Two changes of one aggregate are serialised by the aggregate's row
 * lock, so the later is recorded after the earlier committed: the feed keeps each aggregate's order.
 *
 * <p>When it runs: as soon as a transaction that recorded events commits ({@link #nudge}, called by
 * {@code Outbox}), and on a schedule as the safety net for nudges lost to a crash, a locked head or
 * another replica's commit. (Quarkus' scheduler fires at most once a second whatever {@code
 * publish-every} says, so the schedule alone made an event wait ~1 s to enter the feed.)
 */
@ApplicationScoped
public class OutboxPublisher {
    /**
     * Commits closer together than this share one publisher run, so a storm of commits costs at most 20
     * publisher runs a second, while a commit waits about this long at most for its run.
     */
    private static final Duration NUDGE_GAP = Duration.ofMillis(50);

    private final EntityManager em;
    private final FeedConfig config;
    private Nudge nudge;

    public OutboxPublisher(EntityManager em, FeedConfig config) {
        this.em = em;
        this.config = config;
    }

    @PostConstruct
    void start() {
        nudge = new Nudge("outbox-publisher", NUDGE_GAP, this::publishAll);
    }

    @PreDestroy
    void stop() {
        nudge.close();
    }

    /** Publishes soon, on a thread of its own, when this instance publishes; returns at once. */
    public void nudge() {
        if (config.publish()) {
            nudge.run();
        }
    }

    @Scheduled(
            identity = "kindling-outbox-publisher",
            every = "${kindling.feed.publish-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = NotPublishing.class)
    void scheduled() {
        publishAll();
    }

    /** Publishes every committed event not yet in the feed; answers how many. */
    public int publishAll() {
        int total = 0;
        int published;
        do {
            published = publishBatch();
            total += published;
        } while (published == config.batchSize());
        return total;
    }

    /** One batch in one transaction; 0 when another instance holds the head. */
    int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> head = em.createNativeQuery("select position from outbox_head for update skip locked")
                    .getResultList();
            if (head.isEmpty()) {
                return 0;
            }
            long last = ((Number) head.get(0)).longValue();
            int positioned = em.createNativeQuery("update outbox o set position = ?1 + next.n,"
                            + " published_at = statement_timestamp()"
                            + " from (select id, row_number() over (order by recorded) as n from outbox"
                            + " where position is null order by recorded limit ?2) next"
                            + " where o.id = next.id")
                    .setParameter(1, last)
                    .setParameter(2, config.batchSize())
                    .executeUpdate();
            if (positioned > 0) {
                em.createNativeQuery("update outbox_head set position = position + ?1")
                        .setParameter(1, positioned)
                        .executeUpdate();
            }
            return positioned;
        });
    }

    /** Skips the scheduled run when {@code kindling.feed.publish} is false. */
    @ApplicationScoped
    public static class NotPublishing implements Scheduled.SkipPredicate {
        private final FeedConfig config;

        public NotPublishing(FeedConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.publish();
        }
    }
}
