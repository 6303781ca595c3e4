package dev.kindling.hub.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Versioned;
import dev.kindling.hub.api.HubRequest;
import dev.kindling.hub.api.HubUpdateRequest;
import dev.kindling.hub.api.HubView;
import dev.kindling.hub.domain.Hub;
import dev.kindling.hub.domain.HubKind;
import dev.kindling.hub.domain.HubStatus;
import dev.kindling.hub.domain.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Creates, reads, lists and updates hubs. Hub data is not secret: every reader sees every hub. */
@ApplicationScoped
public class HubService {

    private final EntityManager em;
    private final Outbox outbox;
    private final Supersession supersession;

    public HubService(EntityManager em, Outbox outbox, Supersession supersession) {
        this.em = em;
        this.outbox = outbox;
        this.supersession = supersession;
    }

    /** The filters of the hub list; null means "any". */
    public record HubFilter(
            String code, Region region, String country, HubKind kind, HubStatus status, boolean includeArchived) {}

    @Transactional
    public Versioned<HubView> create(HubRequest request) {
        if (codeTaken(request.code())) {
            throw ProblemException.duplicate("code", "another hub already has code " + request.code(), null);
        }
        Hub hub = new Hub();
        hub.id = Ids.newId();
        hub.code = request.code();
        hub.name = request.name();
        hub.kind = request.kind();
        hub.country = request.country();
        hub.city = request.city();
        hub.region = request.region();
        hub.status = HubStatus.PLANNED;
        supersession.check(hub.id, request.supersedesId());
        hub.supersedesId = request.supersedesId();
        hub.createdAt = Now.instant();
        hub.updatedAt = hub.createdAt;
        hub.persist();
        em.flush();
        return changed(hub, "hub.created");
    }

    @Transactional
    public Versioned<HubView> get(UUID id) {
        return versioned(find(id));
    }

    @Transactional
    public Page<HubView> list(HubFilter filter, PageRequest page) {
        return Keyset.of(Hub.class)
                .where("e.code = :code", "code", filter.code())
                .where("e.region = :region", "region", filter.region())
                .where("e.country = :country", "country", filter.country())
                .where("e.kind = :kind", "kind", filter.kind())
                .where("e.status = :status", "status", filter.status())
                .whereIf(!filter.includeArchived(), "e.archived = false")
                .page(em, Hub.class, page, h -> h.id)
                .map(HubService::view);
    }

    @Transactional
    public Versioned<HubView> update(UUID id, long expectedVersion, HubUpdateRequest request) {
        Hub hub = find(id);
        ETags.check(expectedVersion, hub.version);
        supersession.check(hub.id, request.supersedesId());
        hub.name = request.name();
        hub.kind = request.kind();
        hub.country = request.country();
        hub.city = request.city();
        hub.region = request.region();
        hub.supersedesId = request.supersedesId();
        hub.updatedAt = Now.instant();
        em.flush();
        return changed(hub, "hub.updated");
    }

    Hub find(UUID id) {
        Hub hub = Hub.findById(id);
        if (hub == null) {
            throw ProblemException.notFound("hub", id);
        }
        return hub;
    }

    /** Records the event of a change that has been flushed, and answers the new state. */
    Versioned<HubView> changed(Hub hub, String eventType) {
        HubView view = view(hub);
        outbox.record(eventType, hub.id, List.of(hub.code), view);
        return new Versioned<>(view, hub.version);
    }

    private boolean codeTaken(String code) {
        return Hub.count("code", code) > 0;
    }

    static Versioned<HubView> versioned(Hub hub) {
        return new Versioned<>(view(hub), hub.version);
    }

    static HubView view(Hub hub) {
        return new HubView(
                hub.id,
                hub.code,
                hub.name,
                hub.kind,
                hub.country,
                hub.city,
                hub.region,
                hub.status,
                hub.openedOn,
                hub.closedOn,
                hub.supersedesId,
                hub.archived,
                hub.createdAt,
                hub.updatedAt);
    }
}
