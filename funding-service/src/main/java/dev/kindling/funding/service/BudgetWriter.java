package dev.kindling.funding.service;

import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.security.Caller;
import dev.kindling.funding.api.BudgetRequest;
import dev.kindling.funding.domain.Amendment;
import dev.kindling.funding.domain.Budget;
import dev.kindling.funding.domain.BudgetLine;
import dev.kindling.funding.domain.EntryType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/** The writes of budgets: opening one, and amending its total or a yearly line's. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BudgetWriter {
    private final EntityManager em;
    private final Ledger ledger;
    private final Journal journal;
    private final Outbox outbox;
    private final Caller caller;

    public BudgetWriter(EntityManager em, Ledger ledger, Journal journal, Outbox outbox, Caller caller) {
        this.em = em;
        this.ledger = ledger;
        this.journal = journal;
        this.outbox = outbox;
        this.caller = caller;
    }

    public Budget open(BudgetRequest r, BudgetPlan plan) {
        Budget b = new Budget();
        b.id = Ids.newId();
        b.programId = r.programId();
        b.name = r.name();
        b.source = r.source();
        b.kind = r.kind();
        b.currency = plan.currency();
        b.startsOn = r.startsOn();
        b.endsOn = r.endsOn();
        b.total = plan.total();
        b.hasLines = !plan.lines().isEmpty();
        b.createdAt = StoredTime.now();
        b.createdBy = caller.subject();
        b.persist();
        plan.lines().forEach((year, total) -> {
            BudgetLine line = new BudgetLine();
            line.key = new BudgetLine.Key(b.id, year);
            line.total = total;
            line.persist();
            journal.total(EntryType.BUDGET_OPENED, b.id, year, total, b.currency);
        });
        if (!b.hasLines) {
            journal.total(EntryType.BUDGET_OPENED, b.id, null, b.total, b.currency);
        }
        outbox.record("budget.opened", b.id, List.of(), Views.budget(b, List.of()));
        return b;
    }

    /**
     * Sets a new total for the budget or one of its lines (adding the line if the year is new). The
     * total can never go below what is committed (409), and the If-Match version must still be the
     * budget's (412): both are conditions of the same UPDATE.
     */
    public Amendment amend(Budget b, long expectedVersion, Integer year, BigDecimal newTotal, String reason) {
        BigDecimal oldTotal;
        if (year == null) {
            oldTotal = ledger.single("select total from budget where id = ?1 for update", b.id);
        } else {
            List<Object[]> rows = ledger.rows(
                    "select total, committed from budget_line where budget_id = ?1 and year = ?2 for update",
                    b.id,
                    year);
            oldTotal = rows.isEmpty() ? BigDecimal.ZERO : (BigDecimal) rows.get(0)[0];
            if (rows.isEmpty()) {
                ledger.update(
                        "insert into budget_line (budget_id, year, total) values (?1, ?2, ?3)", b.id, year, newTotal);
            } else if (ledger.update(
                            "update budget_line set total = ?1 where budget_id = ?2 and year = ?3 and committed <= ?1",
                            newTotal,
                            b.id,
                            year)
                    == 0) {
                throw belowCommitted(year, (BigDecimal) rows.get(0)[1], b.currency);
            }
        }
        BigDecimal delta = newTotal.subtract(oldTotal);
        if (delta.signum() == 0) {
            throw ProblemException.conflict(
                    ProblemType.TOTAL_UNCHANGED, "The total already is " + newTotal.toPlainString());
        }
        int changed = ledger.update(
                "update budget set total = total + ?1, version = version + 1"
                        + " where id = ?2 and version = ?3 and committed <= total + ?1",
                delta,
                b.id,
                expectedVersion);
        if (changed == 0) {
            Budget now = Budget.findById(b.id);
            em.refresh(now);
            if (now.version != expectedVersion) {
                throw ProblemException.preconditionFailed("The budget was amended since you read it; read it again");
            }
            throw belowCommitted(null, now.committed, b.currency);
        }
        Amendment a = new Amendment();
        a.id = Ids.newId();
        a.budgetId = b.id;
        a.year = year;
        a.oldTotal = oldTotal;
        a.newTotal = newTotal;
        a.reason = reason;
        a.amendedAt = StoredTime.now();
        a.amendedBy = caller.subject();
        a.persist();
        EntryType type = delta.signum() > 0 ? EntryType.TOTAL_INCREASED : EntryType.TOTAL_DECREASED;
        journal.total(type, b.id, year, delta.abs(), b.currency);
        outbox.record("budget.amended", b.id, List.of(), Views.amendment(a, b.currency));
        return a;
    }

    private static ProblemException belowCommitted(Integer year, BigDecimal committed, String currency) {
        String what = year == null ? "the budget" : "the " + year + " line";
        return ProblemException.conflict(
                ProblemType.TOTAL_BELOW_COMMITTED,
                "The new total is below what " + what + " has committed (" + currency + " " + committed.toPlainString()
                        + ")");
    }
}
