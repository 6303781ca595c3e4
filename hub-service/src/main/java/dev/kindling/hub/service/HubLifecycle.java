package dev.kindling.hub.service;

import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.rest.Versioned;
import dev.kindling.hub.api.HubView;
import dev.kindling.hub.domain.Hub;
import dev.kindling.hub.domain.HubStatus;
import dev.kindling.hub.domain.PartnerLink;
import dev.kindling.hub.domain.ProgramHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
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
    public Versioned<HubView> activate(UUID id, Long expectedVersion, LocalDate openedOn) {
        Hub hub = locked(id, expectedVersion);
        if (hub.archived) {
            throw Problems.archived("hub", "be activated");
        }
        requireMove(hub, HubStatus.ACTIVE);
        hub.status = HubStatus.ACTIVE;
        hub.openedOn = openedOn != null ? openedOn : Now.today();
        return saved(hub, "hub.activated");
    }

    @Transactional
    public Versioned<HubView> close(UUID id, Long expectedVersion, LocalDate closedOn) {
        Hub hub = locked(id, expectedVersion);
        requireMove(hub, HubStatus.CLOSED);
        LocalDate on = closedOn != null ? closedOn : Now.today();
        if (hub.openedOn != null && on.isBefore(hub.openedOn)) {
            throw ProblemException.badRequest("closedOn", "must not be before the hub opened (" + hub.openedOn + ")");
        }
        hub.status = HubStatus.CLOSED;
        hub.closedOn = on;
        return saved(hub, "hub.closed");
    }

    @Transactional
    public Versioned<HubView> archive(UUID id, Long expectedVersion) {
        Hub hub = locked(id, expectedVersion);
        if (hub.archived) {
            throw Problems.alreadyArchived("hub");
        }
        if (hub.status == HubStatus.ACTIVE) {
            throw ProblemException.conflict(
                    ProblemType.ILLEGAL_TRANSITION, "An ACTIVE hub cannot be archived; close it first");
        }
        hub.archived = true;
        return saved(hub, "hub.archived");
    }

    /** Deletes a hub that never opened and that nothing refers to; otherwise 409 archive-instead. */
    @Transactional
    public void delete(UUID id, Long expectedVersion) {
        Hub hub = locked(id, expectedVersion);
        if (hub.status != HubStatus.PLANNED || referenced(id)) {
            throw Problems.archiveInstead("hub");
        }
        outbox.record("hub.deleted", hub.id, List.of(hub.code), HubService.view(hub));
        hub.delete();
    }

    private boolean referenced(UUID id) {
        return ProgramHub.count("hubId", id)
                        + PartnerLink.count("hubId", id)
                        + Hub.count("supersedesId", id)
                        + Hub.count("id = ?1 and supersedesId is not null", id)
                > 0;
    }

    /** The hub, locked for the action, when it is still the version the client read (if it said). */
    private Hub locked(UUID id, Long expectedVersion) {
        Hub hub = Hub.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (hub == null) {
            throw ProblemException.notFound("hub", id);
        }
        ETags.check(expectedVersion, hub.version);
        return hub;
    }

    private static void requireMove(Hub hub, HubStatus target) {
        if (!hub.canMoveTo(target)) {
            throw ProblemException.conflict(
                    ProblemType.ILLEGAL_TRANSITION, "A " + hub.status + " hub cannot become " + target);
        }
    }

    private Versioned<HubView> saved(Hub hub, String eventType) {
        hub.updatedAt = Now.instant();
        em.flush();
        return hubs.changed(hub, eventType);
    }
}
