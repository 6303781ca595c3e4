package dev.kindling.funding.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Versioned;
import dev.kindling.common.security.Caller;
import dev.kindling.funding.api.AllocationRequest;
import dev.kindling.funding.api.AllocationView;
import dev.kindling.funding.domain.Allocation;
import dev.kindling.funding.domain.AllocationStatus;
import dev.kindling.funding.domain.Amounts;
import dev.kindling.funding.domain.Budget;
import dev.kindling.funding.domain.RecipientType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Allocations. A new one is checked first, including the remote eligibility checks (outside any
 * transaction, so no connection is held while another service answers), then written in one
 * transaction in which the database enforces the money rules.
 */
@ApplicationScoped
public class AllocationService {
    private final EntityManager em;
    private final Budgets budgets;
    private final Eligibility eligibility;
    private final AllocationWriter writer;
    private final Caller caller;

    public AllocationService(
            EntityManager em, Budgets budgets, Eligibility eligibility, AllocationWriter writer, Caller caller) {
        this.em = em;
        this.budgets = budgets;
        this.eligibility = eligibility;
        this.writer = writer;
        this.caller = caller;
    }

    /** A checked allocation: what to commit, from which budget and line, to whom. */
    public record AllocationPlan(Budget budget, Integer year, Recipient recipient, BigDecimal amount, String note) {}

    public AllocationPlan check(AllocationRequest request) {
        Budget budget = budgets.referenced("budgetId", request.budgetId());
        BigDecimal amount = Amounts.positiveIn("amount", request.amount(), budget.currency);
        budgets.checkYear(budget, request.year());
        Recipient recipient = eligibility.recipient(budget.programId, request.recipient());
        return new AllocationPlan(budget, request.year(), recipient, amount, request.note());
    }

    @Transactional
    public Versioned<AllocationView> allocate(AllocationPlan plan) {
        Allocation a = writer.allocate(plan.budget(), plan.year(), plan.recipient(), plan.amount(), plan.note());
        return versioned(a);
    }

    /** Cancels (nothing paid yet) or releases an open allocation the caller may see. */
    @Transactional
    public Versioned<AllocationView> close(UUID id, Long expectedVersion, AllocationStatus to, String reason) {
        get(id);
        return versioned(writer.close(id, expectedVersion, to, reason));
    }

    /** The allocation, when the caller may see it (a partner only those of its hubs); else 404. */
    public Allocation get(UUID id) {
        Allocation a = Allocation.findById(id);
        if (a == null || !visible(a)) {
            throw ProblemException.notFound("allocation", id);
        }
        return a;
    }

    public Versioned<AllocationView> view(UUID id) {
        return versioned(get(id));
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

    private static Versioned<AllocationView> versioned(Allocation a) {
        return new Versioned<>(Views.allocation(a), a.version);
    }
}
