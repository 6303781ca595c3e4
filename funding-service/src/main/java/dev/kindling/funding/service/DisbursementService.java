package dev.kindling.funding.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Versioned;
import dev.kindling.funding.api.DisbursementRequest;
import dev.kindling.funding.api.DisbursementView;
import dev.kindling.funding.domain.Allocation;
import dev.kindling.funding.domain.Amounts;
import dev.kindling.funding.domain.Disbursement;
import dev.kindling.funding.domain.Reversal;
import dev.kindling.funding.domain.Tranche;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Disbursements: payments out of allocations, and their reversals. A disbursement changes once, when
 * it is reversed: its version (ETag) is 0 before and 1 after.
 */
@ApplicationScoped
public class DisbursementService {
    private final EntityManager em;
    private final AllocationService allocations;
    private final DisbursementWriter writer;

    public DisbursementService(EntityManager em, AllocationService allocations, DisbursementWriter writer) {
        this.em = em;
        this.allocations = allocations;
        this.writer = writer;
    }

    /** A checked payment: the allocation exists (else 422) and the amount is positive in its currency. */
    public record PaymentPlan(DisbursementRequest request, BigDecimal amount) {}

    public PaymentPlan check(DisbursementRequest request) {
        Allocation a = Allocation.findById(request.allocationId());
        if (a == null) {
            throw ProblemException.invalidReference("allocationId", "no allocation with id " + request.allocationId());
        }
        if (request.trancheId() != null) {
            Tranche t = Tranche.findById(request.trancheId());
            if (t == null || !t.allocationId.equals(a.id)) {
                throw ProblemException.invalidReference(
                        "trancheId", "no tranche " + request.trancheId() + " in allocation " + a.id);
            }
        }
        return new PaymentPlan(request, Amounts.positiveIn("amount", request.amount(), a.currency));
    }

    @Transactional
    public Versioned<DisbursementView> disburse(PaymentPlan plan) {
        return versioned(writer.disburse(plan.request(), plan.amount()), null);
    }

    @Transactional
    public Versioned<DisbursementView> reverse(UUID id, Long expectedVersion, String reason) {
        Disbursement d = get(id);
        ETags.check(expectedVersion, reversalOf(id) == null ? 0 : 1);
        return versioned(d, writer.reverse(d, reason));
    }

    /** The disbursement, when the caller may see its allocation; else 404. */
    public Disbursement get(UUID id) {
        Disbursement d = Disbursement.findById(id);
        if (d == null || !allocations.visible(Allocation.findById(d.allocationId))) {
            throw ProblemException.notFound("disbursement", id);
        }
        return d;
    }

    public Versioned<DisbursementView> view(UUID id) {
        Disbursement d = get(id);
        return versioned(d, reversalOf(d.id));
    }

    /** The disbursements of one allocation (which the caller must be allowed to see). */
    public Page<DisbursementView> list(UUID allocationId, PageRequest page) {
        allocations.get(allocationId);
        return Keyset.of(Disbursement.class)
                .where("e.allocationId = :allocationId", "allocationId", allocationId)
                .page(em, Disbursement.class, page, d -> d.id)
                .map(d -> Views.disbursement(d, reversalOf(d.id)));
    }

    private static Versioned<DisbursementView> versioned(Disbursement d, Reversal r) {
        return new Versioned<>(Views.disbursement(d, r), r == null ? 0 : 1);
    }

    private Reversal reversalOf(UUID disbursementId) {
        return em.createQuery("select r from Reversal r where r.disbursementId = :d", Reversal.class)
                .setParameter("d", disbursementId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
