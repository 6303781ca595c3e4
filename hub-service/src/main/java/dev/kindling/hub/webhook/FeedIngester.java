package dev.kindling.hub.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.WebApplicationException;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Turns the suite's change feed into deliveries: reads the events after the stored cursor (as the
 * gateway merges them, with {@link ServiceToken}) and, in one transaction, queues one delivery per
 * event and enabled endpoint that wants it (its types, and an event about one of its hubs) and moves the
 * cursor. The cursor row is locked with SKIP LOCKED, so among replicas one reads at a time, and a crash
 * before the commit reads the same events again (a delivery per endpoint and event is unique, so none is
 * queued twice). Without enabled endpoints the cursor just follows the feed's head.
 */
@ApplicationScoped
public class FeedIngester {
    private static final String SOURCE = "suite";

    private final EntityManager em;
    private final WebhookConfig config;
    private final SuiteFeedApi feed;
    private final ServiceToken token;
    private final ObjectMapper mapper;
    private final Dispatcher dispatcher;
    /** The last failure logged and when: the same one is logged once a minute, not every poll. */
    private String lastProblem;

    private Instant lastLogged = Instant.MIN;

    public FeedIngester(
            EntityManager em,
            WebhookConfig config,
            @RestClient SuiteFeedApi feed,
            ServiceToken token,
            ObjectMapper mapper,
            Dispatcher dispatcher) {
        this.em = em;
        this.config = config;
        this.feed = feed;
        this.token = token;
        this.mapper = mapper;
        this.dispatcher = dispatcher;
    }

    @Scheduled(
            identity = Switch.INGESTER,
            every = "${kindling.webhooks.poll-every:1s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Switch.class)
    void scheduled() {
        try {
            if (ingestAll() > 0) {
                dispatcher.kick();
            }
        } catch (RuntimeException e) {
            String problem = e.toString();
            Instant now = Instant.now();
            if (!problem.equals(lastProblem) || now.isAfter(lastLogged.plusSeconds(60))) {
                Log.warnf("Webhooks: the change feed could not be read (%s); trying again every poll", problem);
                lastProblem = problem;
                lastLogged = now;
            }
        }
    }

    /** Reads pages until the feed is caught up (or another replica holds the cursor); answers events read. */
    public int ingestAll() {
        int total = 0;
        int read;
        do {
            read = ingestPage();
            total += read;
        } while (read == config.pageSize());
        return total;
    }

    int ingestPage() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> held = em.createNativeQuery(
                            "select coalesce(cursor, '') from webhook_feed_position where source = ?1"
                                    + " for update skip locked")
                    .setParameter(1, SOURCE)
                    .getResultList();
            if (held.isEmpty()) {
                return 0;
            }
            String cursor = (String) held.get(0);
            boolean anyEndpoint = !em.createNativeQuery("select 1 from webhook where status = 'ENABLED' limit 1")
                    .getResultList()
                    .isEmpty();
            SuiteFeedApi.Page page = read(cursor.isEmpty() || !anyEndpoint ? "now" : cursor);
            if (!page.events().isEmpty()) {
                queue(page.events());
            }
            em.createNativeQuery("update webhook_feed_position set cursor = ?1, updated_at = now() where source = ?2")
                    .setParameter(1, page.nextCursor())
                    .setParameter(2, SOURCE)
                    .executeUpdate();
            return page.events().size();
        });
    }

    private SuiteFeedApi.Page read(String after) {
        try {
            return feed.read(token.bearer(), after, config.pageSize());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 410) {
                // The consumer fell behind the feed's retention: what was deleted cannot be delivered.
                Log.errorf("Webhooks: events were deleted by the feed's retention before they were queued;"
                        + " starting again from the newest");
                return feed.read(token.bearer(), "now", config.pageSize());
            }
            throw e;
        }
    }

    /** One statement for the page: each event matched against every enabled endpoint, in feed order. */
    private void queue(List<JsonNode> events) {
        ArrayNode array = mapper.createArrayNode().addAll(events);
        em.createNativeQuery("insert into webhook_delivery (id, webhook_id, event_id, event_type, aggregate_id,"
                        + " body, status, next_attempt_at, give_up_at, created_at)"
                        + " select uuid_v7(), w.id, cast(e ->> 'id' as uuid), e ->> 'type',"
                        + " cast(e ->> 'aggregateId' as uuid), cast(e as text), 'PENDING', now(),"
                        + " now() + cast(?2 as interval), now()"
                        + " from jsonb_array_elements(cast(?1 as jsonb)) with ordinality as x(e, n)"
                        + " join webhook w on w.status = 'ENABLED'"
                        + " and (cardinality(w.event_types) = 0 or (e ->> 'type') = any(w.event_types))"
                        + " and w.hub_codes && cast(array(select jsonb_array_elements_text(e -> 'hubCodes')) as varchar[])"
                        + " order by x.n, w.id"
                        + " on conflict (webhook_id, event_id) do nothing")
                .setParameter(1, array.toString())
                .setParameter(2, config.giveUpAfter().toMillis() + " milliseconds")
                .executeUpdate();
    }
}
