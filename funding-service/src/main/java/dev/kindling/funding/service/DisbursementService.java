package dev.kindling.funding.service;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.funding.api.CloseRequest;
import dev.kindling.funding.api.DisbursementRequest;
import dev.kindling.funding.api.DisbursementView;
import dev.kindling.funding.domain.Allocation;
import dev.kindling.funding.domain.Amounts;
import dev.kindling.funding.domain.Disbursement;
import dev.kindling.funding.domain.Reversal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;

/** Disbursements: payments out of allocations, and their reversals. */
@ApplicationScoped
public class DisbursementService {
    static final String PATH = "/api/v1/disbursements/";

    private final EntityManager em;
    private final AllocationService allocations;
    private final Idempotency idempotency;
    private final DisbursementWriter writer;

    public DisbursementService(
            EntityManager em, AllocationService allocations, Idempotency idempotency, DisbursementWriter writer) {
        this.em = em;
        this.allocations = allocations;
        this.idempotency = idempotency;
        this.writer = writer;
    }

    public Response create(String key, DisbursementRequest request) {
        Allocation a = em.find(Allocation.class, request.allocationId());
        if (a == null) {
            throw ProblemException.invalidReference("allocationId", "no allocation with id " + request.allocationId());
        }
        BigDecimal amount = Amounts.positiveIn("amount", request.amount(), a.currency);
        return idempotency.execute(key, "POST /api/v1/disbursements", request, () -> {
            Disbursement d = writer.disburse(request, amount);
            return Outcome.created(URI.create(PATH + d.id), null, Views.disbursement(d, null));
        });
    }

    public Response reverse(String key, UUID id, CloseRequest request) {
        Disbursement d = get(id);
        return idempotency.execute(key, "POST " + PATH + id + "/reverse", request, () -> {
            Reversal r = writer.reverse(d, request.reason());
            return Outcome.ok(null, Views.disbursement(d, r));
        });
    }

    /** The disbursement, when the caller may see its allocation; else 404. */
    public Disbursement get(UUID id) {
        Disbursement d = em.find(Disbursement.class, id);
        if (d == null || !allocations.visible(em.find(Allocation.class, d.allocationId))) {
            throw ProblemException.notFound("disbursement", id);
        }
        return d;
    }

    public DisbursementView view(UUID id) {
        Disbursement d = get(id);
        return Views.disbursement(d, reversalOf(d.id));
    }

    /** The disbursements of one allocation (which the caller must be allowed to see). */
    public Page<DisbursementView> list(UUID allocationId, PageRequest page) {
        allocations.get(allocationId);
        return Keyset.of(Disbursement.class)
                .where("e.allocationId = :allocationId", "allocationId", allocationId)
                .page(em, Disbursement.class, page, d -> d.id)
                .map(d -> Views.disbursement(d, reversalOf(d.id)));
    }

    private Reversal reversalOf(UUID disbursementId) {
        return em.createQuery("select r from Reversal r where r.disbursementId = :d", Reversal.class)
                .setParameter("d", disbursementId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
