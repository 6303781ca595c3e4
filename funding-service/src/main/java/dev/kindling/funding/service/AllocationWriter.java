package dev.kindling.funding.service;

import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.security.Caller;
import dev.kindling.funding.domain.Allocation;
import dev.kindling.funding.domain.AllocationStatus;
import dev.kindling.funding.domain.Budget;
import dev.kindling.funding.domain.EntryType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The writes of allocations, each one transaction (the one that claimed the Idempotency-Key). The
 * new rows are written first and the hot budget row is updated last, so its lock is held only for
 * the last statements and the commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AllocationWriter {
    private final EntityManager em;
    private final Ledger ledger;
    private final Journal journal;
    private final Outbox outbox;
    private final Caller caller;

    public AllocationWriter(EntityManager em, Ledger ledger, Journal journal, Outbox outbox, Caller caller) {
        this.em = em;
        this.ledger = ledger;
        this.journal = journal;
        this.outbox = outbox;
        this.caller = caller;
    }

    public Allocation allocate(Budget budget, Integer year, Recipient to, BigDecimal amount, String note) {
        Allocation a = new Allocation();
        a.id = Ids.newId();
        a.budgetId = budget.id;
        a.year = year;
        a.recipientType = to.type();
        a.recipientId = to.id();
        a.hubId = to.hubId();
        a.hubCode = to.hubCode();
        a.currency = budget.currency;
        a.amount = amount;
        a.note = note;
        a.createdAt = StoredTime.now();
        a.createdBy = caller.subject();
        a.persist();
        journal.allocation(EntryType.COMMITTED, a, amount, null);
        outbox.record("allocation.created", a.id, a.hubCode, Views.allocation(a));
        ledger.recipientCommit(budget.id, to, amount);
        ledger.commit(budget.id, year, amount, budget.currency);
        return a;
    }

    /**
     * Cancels (nothing disbursed yet) or releases an open allocation, returning what was not paid. With
     * an expected version, the allocation row is locked first and must still be at it (412).
     */
    public Allocation close(UUID id, Long expectedVersion, AllocationStatus to, String reason) {
        if (expectedVersion != null) {
            Number version = (Number) em.createNativeQuery("select version from allocation where id = ?1 for update")
                    .setParameter(1, id)
                    .getSingleResult();
            ETags.check(expectedVersion, version.longValue());
        }
        List<Object[]> rows = ledger.rows(
                "update allocation set status = ?1, released = amount - disbursed, close_reason = ?2,"
                        + " closed_at = now(), version = version + 1"
                        + " where id = ?3 and status = 'OPEN' and (?4 = false or disbursed = 0)"
                        + " returning released",
                to.name(),
                reason,
                id,
                to == AllocationStatus.CANCELLED);
        Allocation a = fresh(id);
        if (rows.isEmpty()) {
            if (a.status != AllocationStatus.OPEN) {
                throw notOpen(a);
            }
            throw ProblemException.conflict(
                    ProblemType.ALLOCATION_HAS_DISBURSEMENTS,
                    "Allocation " + id + " was partly disbursed; release it instead of cancelling it");
        }
        BigDecimal released = a.released;
        if (released.signum() > 0) {
            ledger.recipientMove(a.budgetId, recipientOf(a), released.negate(), BigDecimal.ZERO);
            ledger.move(a.budgetId, a.year, released.negate(), BigDecimal.ZERO);
            journal.allocation(EntryType.RELEASED, a, released, null);
        }
        String event = to == AllocationStatus.CANCELLED ? "allocation.cancelled" : "allocation.released";
        outbox.record(event, a.id, a.hubCode, Views.allocation(a));
        return a;
    }

    /** The allocation as the database has it now, not as this transaction first saw it. */
    Allocation fresh(UUID id) {
        Allocation a = Allocation.findById(id);
        em.refresh(a);
        return a;
    }

    static Recipient recipientOf(Allocation a) {
        return new Recipient(a.recipientType, a.recipientId, a.hubId, a.hubCode);
    }

    static ProblemException notOpen(Allocation a) {
        return new ProblemException(
                ProblemType.ILLEGAL_TRANSITION,
                "Allocation " + a.id + " is " + a.status + "; only OPEN allocations can change",
                List.of(),
                Map.of());
    }
}
