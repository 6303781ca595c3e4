package dev.kindling.funding.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.rest.Versioned;
import dev.kindling.common.security.Caller;
import dev.kindling.funding.api.EvidenceRequest;
import dev.kindling.funding.api.TrancheRequest;
import dev.kindling.funding.api.TrancheView;
import dev.kindling.funding.domain.Allocation;
import dev.kindling.funding.domain.AllocationStatus;
import dev.kindling.funding.domain.Amounts;
import dev.kindling.funding.domain.MilestoneEvent;
import dev.kindling.funding.domain.MilestoneStatus;
import dev.kindling.funding.domain.Tranche;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tranches and their milestones. The schedule's sum is kept on the allocation and raised by one
 * conditional UPDATE ({@code scheduled + amount <= amount - released}), so two tranches racing for the
 * last of an allocation cannot both fit; a CHECK constraint is the second wall. A milestone moves by
 * conditional UPDATEs on its status, so two reviewers deciding at once cannot both win.
 */
@ApplicationScoped
public class Tranches {
    private final EntityManager em;
    private final AllocationService allocations;
    private final AllocationWriter allocationWriter;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Caller caller;

    public Tranches(
            EntityManager em,
            AllocationService allocations,
            AllocationWriter allocationWriter,
            Ledger ledger,
            Outbox outbox,
            Caller caller) {
        this.em = em;
        this.allocations = allocations;
        this.allocationWriter = allocationWriter;
        this.ledger = ledger;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public Versioned<TrancheView> create(TrancheRequest request) {
        Allocation a = Allocation.findById(request.allocationId());
        if (a == null || !allocations.visible(a)) {
            throw ProblemException.invalidReference("allocationId", "no allocation with id " + request.allocationId());
        }
        BigDecimal amount = Amounts.positiveIn("amount", request.amount(), a.currency);
        int fitted = ledger.update(
                "update allocation set scheduled = scheduled + ?1, version = version + 1 where id = ?2"
                        + " and status = 'OPEN' and scheduled + ?1 <= amount - released"
                        + " and (scheduled > 0 or disbursed = 0)",
                amount,
                a.id);
        a = allocationWriter.fresh(a.id);
        if (fitted == 0) {
            throw unscheduled(a, amount);
        }
        Tranche t = new Tranche();
        t.id = Ids.newId();
        t.allocationId = a.id;
        t.budgetId = a.budgetId;
        t.hubId = a.hubId;
        t.hubCode = a.hubCode;
        t.currency = a.currency;
        t.amount = amount;
        t.dueOn = request.dueOn();
        t.milestoneTitle = request.milestone().title();
        t.evidenceRequired = request.milestone().evidenceRequired();
        t.createdAt = StoredTime.now();
        t.createdBy = caller.subject();
        t.persist();
        return changed(t, "tranche.created");
    }

    private static ProblemException unscheduled(Allocation a, BigDecimal amount) {
        if (a.status != AllocationStatus.OPEN) {
            return AllocationWriter.notOpen(a);
        }
        if (a.scheduled.signum() == 0 && a.disbursed.signum() > 0) {
            return ProblemException.conflict(
                    ProblemType.SCHEDULE_AFTER_PAYMENT,
                    "Allocation " + a.id + " was already paid " + a.currency + " " + a.disbursed.toPlainString()
                            + " without a schedule");
        }
        BigDecimal left = a.amount.subtract(a.released).subtract(a.scheduled);
        return ProblemException.conflict(
                ProblemType.SCHEDULE_EXCEEDS_ALLOCATION,
                "Only " + a.currency + " " + left.toPlainString() + " of allocation " + a.id + " is not yet scheduled; "
                        + amount.toPlainString() + " asked");
    }

    /** Removes a tranche never submitted nor paid from; its amount leaves the schedule. */
    @Transactional
    public void remove(UUID id, Long expectedVersion) {
        Tranche t = get(id);
        ETags.check(expectedVersion, t.version);
        ledger.update(
                "update allocation set scheduled = scheduled - ?1, version = version + 1 where id = ?2",
                t.amount,
                t.allocationId);
        int removed = ledger.update(
                "delete from tranche where id = ?1 and milestone_status = 'PENDING' and version = ?2"
                        + " and not exists (select 1 from disbursement d where d.tranche_id = ?1)",
                id,
                t.version);
        if (removed == 0) {
            throw new ProblemException(
                    ProblemType.ILLEGAL_TRANSITION,
                    "Tranche " + id + " has evidence or payments; only a PENDING tranche never paid can be removed");
        }
        outbox.record("tranche.removed", id, t.hubCode, Map.of("id", id, "allocationId", t.allocationId));
    }

    @Transactional
    public Versioned<TrancheView> submit(UUID id, Long expectedVersion, EvidenceRequest evidence) {
        String[] links =
                evidence.links() == null ? new String[0] : evidence.links().toArray(String[]::new);
        Tranche t = move(
                id,
                expectedVersion,
                MilestoneStatus.SUBMITTED,
                "submitted_at = ?4, submitted_by = ?5, decided_at = null, decided_by = null, decision_reason = null",
                StoredTime.now(),
                caller.subject());
        t.evidenceText = evidence.text();
        t.evidenceLinks = links;
        step(id, MilestoneStatus.SUBMITTED, evidence.text(), links, null);
        return changed(t, "tranche.submitted");
    }

    @Transactional
    public Versioned<TrancheView> decide(UUID id, Long expectedVersion, MilestoneStatus to, String reason) {
        Tranche t = move(
                id,
                expectedVersion,
                to,
                "decided_at = ?4, decided_by = ?5, decision_reason = ?6",
                StoredTime.now(),
                caller.subject(),
                reason);
        step(id, to, null, new String[0], reason);
        return changed(t, "tranche." + to.name().toLowerCase(Locale.ROOT));
    }

    /**
     * One milestone move: an UPDATE that only the statuses leading to {@code to} let through, so of two
     * reviewers deciding at once one wins and the other gets 409. Returns the tranche as it is now.
     */
    private Tranche move(UUID id, Long expectedVersion, MilestoneStatus to, String set, Object... values) {
        Tranche t = get(id);
        ETags.check(expectedVersion, t.version);
        List<String> from = MilestoneStatus.from(to).stream().map(Enum::name).toList();
        Object[] params = new Object[3 + values.length];
        params[0] = id;
        params[1] = to.name();
        params[2] = from;
        System.arraycopy(values, 0, params, 3, values.length);
        int moved = ledger.update(
                "update tranche set milestone_status = ?2, version = version + 1, " + set
                        + " where id = ?1 and milestone_status in (?3)",
                params);
        em.refresh(t);
        if (moved == 0) {
            throw new ProblemException(
                    ProblemType.ILLEGAL_TRANSITION,
                    "Milestone of tranche " + id + " is " + t.milestoneStatus + "; it can move to "
                            + (t.milestoneStatus.next().isEmpty() ? "nothing" : t.milestoneStatus.next()));
        }
        return t;
    }

    private void step(UUID trancheId, MilestoneStatus status, String text, String[] links, String reason) {
        MilestoneEvent e = new MilestoneEvent();
        e.id = Ids.newId();
        e.trancheId = trancheId;
        e.status = status;
        e.evidenceText = text;
        e.evidenceLinks = links;
        e.reason = reason;
        e.by = caller.subject();
        e.at = StoredTime.now();
        e.persist();
    }

    private Versioned<TrancheView> changed(Tranche t, String event) {
        Versioned<TrancheView> v = versioned(t);
        outbox.record(event, t.id, t.hubCode, v.view());
        return v;
    }

    /** The tranche, when the caller may see its allocation's hub; else 404. */
    public Tranche get(UUID id) {
        Tranche t = Tranche.findById(id);
        if (t == null || (caller.isHubScoped() && (t.hubCode == null || !caller.canSeeHub(t.hubCode)))) {
            throw ProblemException.notFound("tranche", id);
        }
        return t;
    }

    public Versioned<TrancheView> view(UUID id) {
        return versioned(get(id));
    }

    public Page<TrancheView> list(
            UUID allocationId, UUID hubId, MilestoneStatus status, boolean overdue, PageRequest page) {
        if (allocationId != null) {
            allocations.get(allocationId);
        }
        Keyset query = Keyset.of(Tranche.class)
                .where("e.allocationId = :allocationId", "allocationId", allocationId)
                .where("e.hubId = :hubId", "hubId", hubId)
                .where("e.milestoneStatus = :status", "status", status);
        if (overdue) {
            query.where("e.dueOn < :today and e.milestoneStatus <> :approved and e.allocationId in"
                            + " (select a.id from Allocation a where a.status = :open)")
                    .bind("today", today())
                    .bind("approved", MilestoneStatus.APPROVED)
                    .bind("open", AllocationStatus.OPEN);
        }
        if (caller.isHubScoped()) {
            if (caller.hubs().isEmpty()) {
                return new Page<>(List.of(), null);
            }
            query.where("e.hubCode in :hubCodes", "hubCodes", caller.hubs());
        }
        Page<Tranche> found = query.page(em, Tranche.class, page, t -> t.id);
        List<UUID> ids = found.items().stream().map(t -> t.id).toList();
        Map<UUID, List<MilestoneEvent>> histories = histories(ids);
        Set<UUID> open = ids.isEmpty()
                ? Set.of()
                : Set.copyOf(em.createQuery(
                                "select a.id from Allocation a where a.status = :open and a.id in"
                                        + " (select t.allocationId from Tranche t where t.id in :ids)",
                                UUID.class)
                        .setParameter("open", AllocationStatus.OPEN)
                        .setParameter("ids", ids)
                        .getResultList());
        return found.map(t -> view(t, open.contains(t.allocationId), histories.getOrDefault(t.id, List.of())));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private Versioned<TrancheView> versioned(Tranche t) {
        Allocation a = Allocation.findById(t.allocationId);
        return new Versioned<>(
                view(
                        t,
                        a.status == AllocationStatus.OPEN,
                        histories(List.of(t.id)).getOrDefault(t.id, List.of())),
                t.version);
    }

    /** The milestone steps of these tranches, oldest first: one query for a whole page. */
    private Map<UUID, List<MilestoneEvent>> histories(List<UUID> trancheIds) {
        if (trancheIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select e from MilestoneEvent e where e.trancheId in :ids order by e.at, e.id",
                        MilestoneEvent.class)
                .setParameter("ids", trancheIds)
                .getResultStream()
                .collect(Collectors.groupingBy(e -> e.trancheId, LinkedHashMap::new, Collectors.toList()));
    }

    private static TrancheView view(Tranche t, boolean allocationOpen, List<MilestoneEvent> history) {
        boolean overdue = t.milestoneStatus != MilestoneStatus.APPROVED && t.dueOn.isBefore(today()) && allocationOpen;
        return Views.tranche(t, overdue, history);
    }
}
