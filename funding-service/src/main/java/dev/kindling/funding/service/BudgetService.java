package dev.kindling.funding.service;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.problem.ProblemException;
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
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Budgets. The program is checked with hub-service before the transaction; amendments carry the
 * If-Match version of the budget they change.
 */
@ApplicationScoped
public class BudgetService {
    static final String PATH = "/api/v1/budgets/";

    private final EntityManager em;
    private final Budgets budgets;
    private final Eligibility eligibility;
    private final Idempotency idempotency;
    private final BudgetWriter writer;

    private static final String CREATE = "POST /api/v1/budgets";

    public BudgetService(
            EntityManager em, Budgets budgets, Eligibility eligibility, Idempotency idempotency, BudgetWriter writer) {
        this.em = em;
        this.budgets = budgets;
        this.eligibility = eligibility;
        this.idempotency = idempotency;
        this.writer = writer;
    }

    public Response create(String key, BudgetRequest request) {
        return idempotency.storedAnswer(key, CREATE, request).orElseGet(() -> checkAndCreate(key, request));
    }

    private Response checkAndCreate(String key, BudgetRequest request) {
        BudgetPlan plan = BudgetPlan.of(request);
        eligibility.program("programId", request.programId());
        return idempotency.execute(key, CREATE, request, () -> {
            Budget b = writer.open(request, plan);
            return Outcome.created(URI.create(PATH + b.id), ETags.of(b.version), view(b));
        });
    }

    public Response amend(String key, UUID id, String ifMatch, AmendmentRequest request) {
        Budget b = budgets.get(id);
        long expected = ETags.expectedVersion(ifMatch);
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
        return idempotency.execute(key, "POST " + PATH + id + "/amendments", request, () -> {
            writer.amend(b, expected, year, total, request.reason());
            Budget now = em.find(Budget.class, id);
            em.refresh(now);
            return Outcome.ok(ETags.of(now.version), view(now));
        });
    }

    public Budget get(UUID id) {
        return budgets.get(id);
    }

    public BudgetView view(Budget b) {
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
