package dev.kindling.funding.service;

import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.security.Caller;
import dev.kindling.funding.api.DisbursementRequest;
import dev.kindling.funding.domain.Allocation;
import dev.kindling.funding.domain.AllocationStatus;
import dev.kindling.funding.domain.Disbursement;
import dev.kindling.funding.domain.EntryType;
import dev.kindling.funding.domain.MilestoneStatus;
import dev.kindling.funding.domain.Reversal;
import dev.kindling.funding.domain.Tranche;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The writes of disbursements and reversals. A payment is an {@code UPDATE allocation … WHERE
 * status = 'OPEN' AND disbursed + released + amount <= amount}; a reversal claims the unique
 * reversal row first, so a second reversal of the same payment finds it taken, even in a race.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DisbursementWriter {
    private final EntityManager em;
    private final Ledger ledger;
    private final Journal journal;
    private final Outbox outbox;
    private final Caller caller;
    private final AllocationWriter allocations;

    public DisbursementWriter(
            EntityManager em,
            Ledger ledger,
            Journal journal,
            Outbox outbox,
            Caller caller,
            AllocationWriter allocations) {
        this.em = em;
        this.ledger = ledger;
        this.journal = journal;
        this.outbox = outbox;
        this.caller = caller;
        this.allocations = allocations;
    }

    public Disbursement disburse(DisbursementRequest request, BigDecimal amount) {
        UUID allocationId = request.allocationId();
        UUID trancheId = request.trancheId();
        int paid = ledger.update(
                "update allocation set disbursed = disbursed + ?1, version = version + 1"
                        + " where id = ?2 and status = 'OPEN' and disbursed + released + ?1 <= amount"
                        + (trancheId == null ? " and scheduled = 0" : " and scheduled > 0"),
                amount,
                allocationId);
        Allocation a = allocations.fresh(allocationId);
        if (paid == 0) {
            if (a.status != AllocationStatus.OPEN) {
                throw AllocationWriter.notOpen(a);
            }
            if ((trancheId == null) != (a.scheduled.signum() == 0)) {
                throw ProblemException.ofField(
                        ProblemType.TRANCHE_REQUIRED,
                        "trancheId",
                        trancheId == null
                                ? "is required: allocation " + a.id + " pays by its schedule of tranches"
                                : "must be absent: allocation " + a.id + " has no schedule");
            }
            BigDecimal left = a.amount.subtract(a.released).subtract(a.disbursed);
            throw ProblemException.conflict(
                    ProblemType.ALLOCATION_OVERDRAWN,
                    "Only " + a.currency + " " + left.toPlainString() + " of allocation " + a.id
                            + " remains to disburse; " + amount.toPlainString() + " asked");
        }
        if (trancheId != null) {
            payTranche(trancheId, a, amount);
        }
        Disbursement d = new Disbursement();
        d.id = Ids.newId();
        d.allocationId = a.id;
        d.trancheId = trancheId;
        d.budgetId = a.budgetId;
        d.currency = a.currency;
        d.amount = amount;
        d.paidOn = request.paidOn();
        d.externalReference = request.externalReference();
        d.createdAt = StoredTime.now();
        d.createdBy = caller.subject();
        d.persist();
        journal.allocation(EntryType.DISBURSED, a, amount, d.id);
        outbox.record("disbursement.made", d.id, a.hubCode, Views.disbursement(d, null));
        ledger.recipientMove(a.budgetId, AllocationWriter.recipientOf(a), BigDecimal.ZERO, amount);
        ledger.move(a.budgetId, a.year, BigDecimal.ZERO, amount);
        return d;
    }

    /**
     * Takes {@code amount} of the tranche: one UPDATE that only an APPROVED milestone with enough left
     * lets through, so racing payments can never take more than the tranche between them.
     */
    private void payTranche(UUID trancheId, Allocation a, BigDecimal amount) {
        int paid = ledger.update(
                "update tranche set disbursed = disbursed + ?1, version = version + 1 where id = ?2"
                        + " and allocation_id = ?3 and milestone_status = 'APPROVED' and disbursed + ?1 <= amount",
                amount,
                trancheId,
                a.id);
        if (paid > 0) {
            return;
        }
        Tranche t = Tranche.findById(trancheId);
        em.refresh(t);
        if (t.milestoneStatus != MilestoneStatus.APPROVED) {
            throw ProblemException.conflict(
                    ProblemType.TRANCHE_NOT_APPROVED,
                    "The milestone of tranche " + t.id + " (" + t.milestoneTitle + ") is " + t.milestoneStatus
                            + "; a tranche is paid once its milestone is APPROVED");
        }
        throw ProblemException.conflict(
                ProblemType.TRANCHE_OVERDRAWN,
                "Only " + a.currency + " " + t.amount.subtract(t.disbursed).toPlainString() + " of tranche " + t.id
                        + " remains to disburse; " + amount.toPlainString() + " asked");
    }

    /**
     * Reverses a disbursement: the allocation gets the amount back to pay again; when the allocation
     * was already closed, the amount goes back to the budget instead (released).
     */
    public Reversal reverse(Disbursement d, String reason) {
        Reversal r = new Reversal();
        r.id = Ids.newId();
        r.disbursementId = d.id;
        r.reason = reason;
        r.reversedAt = StoredTime.now();
        r.reversedBy = caller.subject();
        int claimed = ledger.update(
                "insert into disbursement_reversal (id, disbursement_id, reason, reversed_at, reversed_by)"
                        + " values (?1, ?2, ?3, ?4, ?5) on conflict (disbursement_id) do nothing",
                r.id,
                d.id,
                reason,
                r.reversedAt,
                r.reversedBy);
        if (claimed == 0) {
            throw ProblemException.conflict(
                    ProblemType.DISBURSEMENT_ALREADY_REVERSED, "Disbursement " + d.id + " was already reversed");
        }
        BigDecimal amount = d.amount;
        ledger.update(
                "update allocation set disbursed = disbursed - ?1,"
                        + " released = case when status = 'OPEN' then released else released + ?1 end,"
                        + " version = version + 1 where id = ?2",
                amount,
                d.allocationId);
        if (d.trancheId != null) {
            ledger.update(
                    "update tranche set disbursed = disbursed - ?1, version = version + 1 where id = ?2",
                    amount,
                    d.trancheId);
        }
        Allocation a = allocations.fresh(d.allocationId);
        BigDecimal released = a.status == AllocationStatus.OPEN ? BigDecimal.ZERO : amount;
        journal.allocation(EntryType.DISBURSEMENT_REVERSED, a, amount, d.id);
        if (released.signum() > 0) {
            journal.allocation(EntryType.RELEASED, a, released, null);
        }
        outbox.record("disbursement.reversed", d.id, a.hubCode, Views.disbursement(d, r));
        ledger.recipientMove(a.budgetId, AllocationWriter.recipientOf(a), released.negate(), amount.negate());
        ledger.move(a.budgetId, a.year, released.negate(), amount.negate());
        return r;
    }
}
