package dev.kindling.common.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kindling.common.feed.FeedEvent;
import dev.kindling.common.feed.FeedPage;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a service's change feed: the published events after a position, in position order, of some
 * types, and (for a partner) only those about its hubs. Positions are gap-free, so a position older than
 * the oldest event kept means retention deleted events the reader never saw: 410, read the state again.
 */
@ApplicationScoped
public class EventFeed {
    private final EntityManager em;
    private final ObjectMapper mapper;

    public EventFeed(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** No events, and the position of the newest one published: where a reader starting now begins. */
    @Transactional
    public FeedPage head() {
        return new FeedPage(List.of(), headPosition());
    }

    private long headPosition() {
        return ((Number)
                        em.createNativeQuery("select position from outbox_head").getSingleResult())
                .longValue();
    }

    /**
     * @param from the position to read after; null for the oldest event kept
     * @param hubs empty for staff; else the hubs whose events the caller may see
     */
    @Transactional
    public FeedPage read(Long from, Collection<String> types, int limit, Optional<Collection<String>> hubs) {
        long head = headPosition();
        if (from != null && from > head) {
            throw ProblemException.badRequest("after", "is ahead of this feed, which has published " + head);
        }
        Number oldest = (Number) em.createNativeQuery("select min(position) from outbox where position is not null")
                .getSingleResult();
        long firstKept = oldest == null ? head + 1 : oldest.longValue();
        long after = from == null ? firstKept - 1 : from;
        if (after + 1 < firstKept) {
            throw new ProblemException(
                    ProblemType.CURSOR_EXPIRED,
                    "Events after this cursor were deleted by retention before they were read;"
                            + " read the current state again and start from a new cursor");
        }
        if (hubs.isPresent() && hubs.get().isEmpty()) {
            return new FeedPage(List.of(), head);
        }
        StringBuilder sql = new StringBuilder("select position, id, event_type, occurred_at, published_at,"
                + " aggregate_type, aggregate_id, hub_codes, cast(payload as text) from outbox"
                + " where position > :after and position <= :head");
        if (!types.isEmpty()) {
            sql.append(" and event_type in (:types)");
        }
        if (hubs.isPresent()) {
            sql.append(" and exists (select 1 from unnest(hub_codes) c where c in (:hubs))");
        }
        sql.append(" order by position limit :limit");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter("after", after)
                .setParameter("head", head)
                .setParameter("limit", limit);
        if (!types.isEmpty()) {
            query.setParameter("types", types);
        }
        hubs.ifPresent(codes -> query.setParameter("hubs", codes));
        List<FeedEvent> events = new ArrayList<>();
        for (Object row : query.getResultList()) {
            events.add(event((Object[]) row));
        }
        long next = events.size() == limit ? events.get(limit - 1).position() : head;
        return new FeedPage(events, next);
    }

    private FeedEvent event(Object[] row) {
        try {
            return new FeedEvent(
                    ((Number) row[0]).longValue(),
                    (UUID) row[1],
                    (String) row[2],
                    StoredTime.utc(row[3]),
                    StoredTime.utc(row[4]),
                    (String) row[5],
                    (UUID) row[6],
                    Arrays.asList((String[]) row[7]),
                    mapper.readTree((String) row[8]));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbox payload is not JSON", e);
        }
    }
}
