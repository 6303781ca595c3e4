package dev.kindling.funding.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Versioned;
import dev.kindling.funding.api.AmendmentRequest;
import dev.kindling.funding.api.AmendmentView;
import dev.kindling.funding.api.BudgetRequest;
import dev.kindling.funding.api.BudgetView;
import dev.kindling.funding.api.JournalEntryView;
import dev.kindling.funding.domain.Amendment;
import dev.kindling.funding.domain.Amounts;
import dev.kindling.funding.domain.Budget;
import dev.kindling.funding.domain.BudgetKind;
import dev.kindling.funding.domain.JournalEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Budgets. Each write is a check (outside any transaction: the program is asked of hub-service) and a
 * write in the transaction the resource's Idempotency opens; amendments carry the If-Match version of
 * the budget they change.
 */
@ApplicationScoped
public class BudgetService {
    private final EntityManager em;
    private final Budgets budgets;
    private final Eligibility eligibility;
    private final BudgetWriter writer;

    public BudgetService(EntityManager em, Budgets budgets, Eligibility eligibility, BudgetWriter writer) {
        this.em = em;
        this.budgets = budgets;
        this.eligibility = eligibility;
        this.writer = writer;
    }

    /** The checks of a new budget: its amounts and lines (400) and its program (hub-service: 422/503). */
    public BudgetPlan check(BudgetRequest request) {
        BudgetPlan plan = BudgetPlan.of(request);
        eligibility.program("programId", request.programId());
        return plan;
    }

    @Transactional
    public Versioned<BudgetView> open(BudgetRequest request, BudgetPlan plan) {
        Budget b = writer.open(request, plan);
        return new Versioned<>(view(b), b.version);
    }

    /** A checked amendment: the budget, the line's year (if any), the new total at the budget's scale. */
    public record AmendmentPlan(Budget budget, Integer year, BigDecimal total, String reason) {}

    public AmendmentPlan check(UUID id, AmendmentRequest request) {
        Budget b = budgets.get(id);
        BigDecimal total = Amounts.positiveIn("newTotal", request.newTotal(), b.currency);
        Integer year = request.year();
        if (b.hasLines && year == null) {
            throw ProblemException.badRequest("year", "is required: amend one yearly line of this budget");
        }
        if (!b.hasLines && year != null) {
            throw ProblemException.badRequest("year", "the budget has no yearly lines");
        }
        if (year != null) {
            BudgetPlan.checkInPeriod("year", year, b.startsOn.getYear(), b.endsOn == null ? null : b.endsOn.getYear());
        }
        return new AmendmentPlan(b, year, total, request.reason());
    }

    @Transactional
    public Versioned<BudgetView> amend(AmendmentPlan plan, long expectedVersion) {
        writer.amend(plan.budget(), expectedVersion, plan.year(), plan.total(), plan.reason());
        Budget now = Budget.findById(plan.budget().id);
        em.refresh(now);
        return new Versioned<>(view(now), now.version);
    }

    public Versioned<BudgetView> get(UUID id) {
        Budget b = budgets.get(id);
        return new Versioned<>(view(b), b.version);
    }

    private BudgetView view(Budget b) {
        return Views.budget(b, budgets.lines(b.id));
    }

    public Page<BudgetView> list(UUID programId, BudgetKind kind, String currency, PageRequest page) {
        Page<Budget> rows = Keyset.of(Budget.class)
                .where("e.programId = :programId", "programId", programId)
                .where("e.kind = :kind", "kind", kind)
                .where("e.currency = :currency", "currency", currency)
                .page(em, Budget.class, page, b -> b.id);
        var lines = budgets.lines(rows.items().stream().map(b -> b.id).toList());
        return rows.map(b -> Views.budget(b, lines.getOrDefault(b.id, List.of())));
    }

    public Page<AmendmentView> amendments(UUID id, PageRequest page) {
        Budget b = budgets.get(id);
        return Keyset.of(Amendment.class)
                .where("e.budgetId = :budgetId", "budgetId", id)
                .page(em, Amendment.class, page, a -> a.id)
                .map(a -> Views.amendment(a, b.currency));
    }

    public Page<JournalEntryView> journal(UUID id, PageRequest page) {
        budgets.get(id);
        return Keyset.of(JournalEntry.class)
                .where("e.budgetId = :budgetId", "budgetId", id)
                .page(em, JournalEntry.class, page, e -> e.id)
                .map(Views::journal);
    }
}
