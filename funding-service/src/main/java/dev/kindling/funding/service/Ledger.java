package dev.kindling.funding.service;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The kept balances of budgets, yearly lines and recipients, changed only by single SQL statements
 * that the database checks: a commitment is an {@code UPDATE … WHERE committed + amount <= total},
 * so two racing requests can never both take the last money, and the table's CHECK constraints
 * refuse anything that slips past. Row locks are always taken in one order (allocation, recipient,
 * line, budget) so that concurrent movements cannot deadlock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Ledger {
    private final EntityManager em;

    public Ledger(EntityManager em) {
        this.em = em;
    }

    /** Takes {@code amount} of the line (if any) and of the budget; 409 when either would go over. */
    public void commit(UUID budgetId, Integer year, BigDecimal amount, String currency) {
        if (year != null
                && update(
                                "update budget_line set committed = committed + ?1"
                                        + " where budget_id = ?2 and year = ?3 and committed + ?1 <= total",
                                amount,
                                budgetId,
                                year)
                        == 0) {
            BigDecimal left = single(
                    "select total - committed from budget_line where budget_id = ?1 and year = ?2", budgetId, year);
            throw ProblemException.conflict(
                    ProblemType.LINE_OVERSPENT,
                    "Only " + currency + " " + left.toPlainString() + " of the " + year + " line is available; "
                            + amount.toPlainString() + " asked");
        }
        if (update(
                        "update budget set committed = committed + ?1 where id = ?2 and committed + ?1 <= total",
                        amount,
                        budgetId)
                == 0) {
            BigDecimal left = single("select total - committed from budget where id = ?1", budgetId);
            throw ProblemException.conflict(
                    ProblemType.BUDGET_OVERSPENT,
                    "Only " + currency + " " + left.toPlainString() + " of the budget is available; "
                            + amount.toPlainString() + " asked");
        }
    }

    /** Moves the committed and disbursed balances of a line (if any) and budget by these deltas. */
    public void move(UUID budgetId, Integer year, BigDecimal committed, BigDecimal disbursed) {
        if (year != null) {
            update(
                    "update budget_line set committed = committed + ?1, disbursed = disbursed + ?2"
                            + " where budget_id = ?3 and year = ?4",
                    committed,
                    disbursed,
                    budgetId,
                    year);
        }
        update(
                "update budget set committed = committed + ?1, disbursed = disbursed + ?2 where id = ?3",
                committed,
                disbursed,
                budgetId);
    }

    /** Adds a commitment to what a budget committed to one recipient (the row is made on first use). */
    public void recipientCommit(UUID budgetId, Recipient recipient, BigDecimal amount) {
        update(
                "insert into recipient_balance (budget_id, recipient_type, recipient_id, hub_id, hub_code, committed)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6)"
                        + " on conflict (budget_id, recipient_type, recipient_id) do update set"
                        + " committed = recipient_balance.committed + excluded.committed",
                budgetId,
                recipient.type().name(),
                recipient.id(),
                recipient.hubId(),
                recipient.hubCode(),
                amount);
    }

    /** Moves what a budget committed to and paid one (existing) recipient by these deltas. */
    public void recipientMove(UUID budgetId, Recipient recipient, BigDecimal committed, BigDecimal disbursed) {
        update(
                "update recipient_balance set committed = committed + ?1, disbursed = disbursed + ?2"
                        + " where budget_id = ?3 and recipient_type = ?4 and recipient_id = ?5",
                committed,
                disbursed,
                budgetId,
                recipient.type().name(),
                recipient.id());
    }

    int update(String sql, Object... params) {
        return query(sql, params).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql, Object... params) {
        return query(sql, params).getResultList();
    }

    BigDecimal single(String sql, Object... params) {
        return (BigDecimal) query(sql, params).getSingleResult();
    }

    private Query query(String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
