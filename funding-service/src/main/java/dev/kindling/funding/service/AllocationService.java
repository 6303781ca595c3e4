package dev.kindling.funding.service;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.security.Caller;
import dev.kindling.funding.api.AllocationRequest;
import dev.kindling.funding.api.AllocationView;
import dev.kindling.funding.api.CloseRequest;
import dev.kindling.funding.domain.Allocation;
import dev.kindling.funding.domain.AllocationStatus;
import dev.kindling.funding.domain.Amounts;
import dev.kindling.funding.domain.Budget;
import dev.kindling.funding.domain.RecipientType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Allocations. Writes check everything they can first, including the remote eligibility checks
 * (outside any transaction, so no connection is held while another service answers), then run
 * one transaction through {@link Idempotency} in which the database enforces the money rules.
 */
@ApplicationScoped
public class AllocationService {
    static final String PATH = "/api/v1/allocations/";

    private final EntityManager em;
    private final Budgets budgets;
    private final Eligibility eligibility;
    private final Idempotency idempotency;
    private final AllocationWriter writer;
    private final Caller caller;

    private static final String CREATE = "POST /api/v1/allocations";

    public AllocationService(
            EntityManager em,
            Budgets budgets,
            Eligibility eligibility,
            Idempotency idempotency,
            AllocationWriter writer,
            Caller caller) {
        this.em = em;
        this.budgets = budgets;
        this.eligibility = eligibility;
        this.idempotency = idempotency;
        this.writer = writer;
        this.caller = caller;
    }

    public Response create(String key, AllocationRequest request) {
        return idempotency.storedAnswer(key, CREATE, request).orElseGet(() -> checkAndCreate(key, request));
    }

    private Response checkAndCreate(String key, AllocationRequest request) {
        Budget budget = budgets.referenced("budgetId", request.budgetId());
        BigDecimal amount = Amounts.positiveIn("amount", request.amount(), budget.currency);
        budgets.checkYear(budget, request.year());
        Recipient recipient = eligibility.recipient(budget.programId, request.recipient());
        return idempotency.execute(key, CREATE, request, () -> {
            Allocation a = writer.allocate(budget, request.year(), recipient, amount, request.note());
            return Outcome.created(URI.create(PATH + a.id), ETags.of(a.version), Views.allocation(a));
        });
    }

    public Response close(String key, UUID id, CloseRequest request, AllocationStatus to) {
        get(id);
        String verb = to == AllocationStatus.CANCELLED ? "cancel" : "release";
        return idempotency.execute(key, "POST " + PATH + id + "/" + verb, request, () -> {
            Allocation a = writer.close(id, to, request.reason());
            return Outcome.ok(ETags.of(a.version), Views.allocation(a));
        });
    }

    /** The allocation, when the caller may see it (a partner only those of its hubs); else 404. */
    public Allocation get(UUID id) {
        Allocation a = em.find(Allocation.class, id);
        if (a == null || !visible(a)) {
            throw ProblemException.notFound("allocation", id);
        }
        return a;
    }

    public AllocationView view(UUID id) {
        return Views.allocation(get(id));
    }

    public Page<AllocationView> list(
            UUID budgetId,
            RecipientType type,
            UUID recipientId,
            UUID hubId,
            AllocationStatus status,
            PageRequest page) {
        Keyset query = Keyset.of(Allocation.class)
                .where("e.budgetId = :budgetId", "budgetId", budgetId)
                .where("e.recipientType = :recipientType", "recipientType", type)
                .where("e.recipientId = :recipientId", "recipientId", recipientId)
                .where("e.hubId = :hubId", "hubId", hubId)
                .where("e.status = :status", "status", status);
        if (caller.isHubScoped()) {
            if (caller.hubs().isEmpty()) {
                return new Page<>(List.of(), null);
            }
            query.where("e.hubCode in :hubCodes", "hubCodes", caller.hubs());
        }
        return query.page(em, Allocation.class, page, a -> a.id).map(Views::allocation);
    }

    boolean visible(Allocation a) {
        return !caller.isHubScoped() || (a.hubCode != null && caller.canSeeHub(a.hubCode));
    }
}
