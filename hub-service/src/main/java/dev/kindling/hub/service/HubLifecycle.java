package dev.kindling.hub.service;

import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.hub.api.HubView;
import dev.kindling.hub.domain.Hub;
import dev.kindling.hub.domain.HubStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The hub's lifecycle actions: activate (PLANNED → ACTIVE), close (ACTIVE → CLOSED), archive, and
 * delete (only for a planned hub nothing refers to). Each locks the hub row, so two racing actions
 * are applied one after the other and the second sees the first's result.
 */
@ApplicationScoped
public class HubLifecycle {
    private final EntityManager em;
    private final HubService hubs;
    private final Outbox outbox;

    public HubLifecycle(EntityManager em, HubService hubs, Outbox outbox) {
        this.em = em;
        this.hubs = hubs;
        this.outbox = outbox;
    }

    @Transactional
    public Tagged<HubView> activate(UUID id, LocalDate openedOn) {
        Hub hub = locked(id);
        if (hub.archived) {
            throw Problems.archived("hub", "be activated");
        }
        requireMove(hub, HubStatus.ACTIVE);
        hub.status = HubStatus.ACTIVE;
        hub.openedOn = openedOn != null ? openedOn : Now.today();
        return saved(hub, "HubActivated");
    }

    @Transactional
    public Tagged<HubView> close(UUID id, LocalDate closedOn) {
        Hub hub = locked(id);
        requireMove(hub, HubStatus.CLOSED);
        LocalDate on = closedOn != null ? closedOn : Now.today();
        if (hub.openedOn != null && on.isBefore(hub.openedOn)) {
            throw ProblemException.badRequest("closedOn", "must not be before the hub opened (" + hub.openedOn + ")");
        }
        hub.status = HubStatus.CLOSED;
        hub.closedOn = on;
        return saved(hub, "HubClosed");
    }

    @Transactional
    public Tagged<HubView> archive(UUID id) {
        Hub hub = locked(id);
        if (hub.archived) {
            throw Problems.alreadyArchived("hub");
        }
        if (hub.status == HubStatus.ACTIVE) {
            throw ProblemException.conflict(
                    ProblemType.ILLEGAL_TRANSITION, "An ACTIVE hub cannot be archived; close it first");
        }
        hub.archived = true;
        return saved(hub, "HubArchived");
    }

    /** Deletes a hub that never opened and that nothing refers to; otherwise 409 archive-instead. */
    @Transactional
    public void delete(UUID id) {
        Hub hub = locked(id);
        if (hub.status != HubStatus.PLANNED || referenced(id)) {
            throw Problems.archiveInstead("hub");
        }
        outbox.record(HubService.AGGREGATE, hub.id, "HubDeleted", HubService.view(hub));
        em.remove(hub);
    }

    private boolean referenced(UUID id) {
        return count("select count(ph) from ProgramHub ph where ph.hubId = :id", id)
                        + count("select count(l) from PartnerLink l where l.hubId = :id", id)
                        + count("select count(h) from Hub h where h.supersedesId = :id", id)
                        + count("select count(h) from Hub h where h.id = :id and h.supersedesId is not null", id)
                > 0;
    }

    private long count(String jpql, UUID id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
    }

    private Hub locked(UUID id) {
        Hub hub = em.find(Hub.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (hub == null) {
            throw ProblemException.notFound("hub", id);
        }
        return hub;
    }

    private static void requireMove(Hub hub, HubStatus target) {
        if (!hub.canMoveTo(target)) {
            throw ProblemException.conflict(
                    ProblemType.ILLEGAL_TRANSITION, "A " + hub.status + " hub cannot become " + target);
        }
    }

    private Tagged<HubView> saved(Hub hub, String eventType) {
        hub.updatedAt = Now.instant();
        em.flush();
        return hubs.changed(hub, eventType);
    }
}
