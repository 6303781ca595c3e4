package dev.kindling.funding.service;

import static dev.kindling.funding.domain.EntryType.sumSql;

import dev.kindling.funding.api.Balance;
import dev.kindling.funding.api.BalanceCheck;
import dev.kindling.funding.api.ReconciliationView;
import dev.kindling.funding.domain.Budget;
import dev.kindling.funding.domain.EntryType.Figure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Recomputes a budget's balances from its journal and compares them with the kept ones: the budget,
 * each yearly line, each recipient and each allocation, and each tranche against the payments naming it
 * and each schedule against its tranches (the answer lists recipients, allocations, tranches and
 * schedules only when they disagree, so it stays small for a budget with many). Reads one snapshot (repeatable read), so
 * movements in flight never show as a false mismatch.
 */
@ApplicationScoped
public class Reconciliation {
    private static final String SUMS = "select %s, coalesce(" + sumSql(Figure.TOTAL, "entry_type", "amount") + ", 0),"
            + " coalesce(" + sumSql(Figure.COMMITTED, "entry_type", "amount") + ", 0),"
            + " coalesce(" + sumSql(Figure.DISBURSED, "entry_type", "amount") + ", 0)"
            + " from journal_entry where budget_id = ?1 %s group by 1";

    private static final String ALLOCATION_MISMATCHES = "select 'allocation:' || a.id, a.amount - a.released,"
            + " a.disbursed, coalesce(j.committed, 0), coalesce(j.disbursed, 0) from allocation a left join ("
            + " select allocation_id, " + sumSql(Figure.COMMITTED, "entry_type", "amount") + " committed, "
            + sumSql(Figure.DISBURSED, "entry_type", "amount") + " disbursed"
            + " from journal_entry where budget_id = ?1 and allocation_id is not null group by allocation_id"
            + ") j on j.allocation_id = a.id where a.budget_id = ?1"
            + " and (a.amount - a.released <> coalesce(j.committed, 0) or a.disbursed <> coalesce(j.disbursed, 0))";

    /**
     * Schedules against their tranches, and tranches against the payments naming them (reversed ones
     * excluded): scope, kept total and paid, recomputed total and paid.
     */
    private static final String SCHEDULE_MISMATCHES = "select 'tranche:' || t.id, t.amount, t.disbursed, t.amount,"
            + " coalesce(p.paid, 0) from tranche t left join (select d.tranche_id, sum(d.amount) paid from disbursement d"
            + " where d.budget_id = ?1 and d.tranche_id is not null and not exists"
            + " (select 1 from disbursement_reversal r where r.disbursement_id = d.id) group by d.tranche_id)"
            + " p on p.tranche_id = t.id where t.budget_id = ?1 and t.disbursed <> coalesce(p.paid, 0)"
            + " union all select 'schedule:' || a.id, a.scheduled, 0, coalesce(s.sum, 0), 0 from allocation a"
            + " left join (select allocation_id, sum(amount) sum from tranche where budget_id = ?1"
            + " group by allocation_id) s on s.allocation_id = a.id"
            + " where a.budget_id = ?1 and a.scheduled <> coalesce(s.sum, 0)";

    private final EntityManager em;
    private final Budgets budgets;

    public Reconciliation(EntityManager em, Budgets budgets) {
        this.em = em;
        this.budgets = budgets;
    }

    @Transactional
    public ReconciliationView check(UUID budgetId) {
        em.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
        Budget b = budgets.get(budgetId);
        String c = b.currency;
        List<BalanceCheck> checks = new ArrayList<>();
        compare(
                checks,
                c,
                rows("select 'budget', total, committed, disbursed from budget where id = ?1", b.id),
                sums("'budget'", "", b.id));
        compare(
                checks,
                c,
                rows("select 'line:' || year, total, committed, disbursed from budget_line where budget_id = ?1", b.id),
                sums("'line:' || year", "and year is not null", b.id));
        List<BalanceCheck> recipients = new ArrayList<>();
        compare(
                recipients,
                c,
                rows(
                        "select 'recipient:' || recipient_type || ':' || recipient_id, committed, committed, disbursed"
                                + " from recipient_balance where budget_id = ?1",
                        b.id),
                committedAsTotal(sums(
                        "'recipient:' || recipient_type || ':' || recipient_id",
                        "and recipient_id is not null",
                        b.id)));
        recipients.stream().filter(check -> !check.consistent()).forEach(checks::add);
        checks.addAll(allocationMismatches(b.id, c));
        checks.addAll(scheduleMismatches(b.id, c));
        long allocations = ((Number) em.createNativeQuery("select count(*) from allocation where budget_id = ?1")
                        .setParameter(1, b.id)
                        .getSingleResult())
                .longValue();
        boolean consistent = checks.stream().allMatch(BalanceCheck::consistent);
        return new ReconciliationView(b.id, consistent, checks, recipients.size(), allocations);
    }

    /** Allocations whose kept amounts differ from their journal, found in SQL (a budget may have many). */
    private List<BalanceCheck> allocationMismatches(UUID budgetId, String currency) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ALLOCATION_MISMATCHES)
                .setParameter(1, budgetId)
                .getResultList();
        return rows.stream()
                .map(r -> new BalanceCheck(
                        (String) r[0],
                        Views.balance((BigDecimal) r[1], (BigDecimal) r[1], (BigDecimal) r[2], currency),
                        Views.balance((BigDecimal) r[3], (BigDecimal) r[3], (BigDecimal) r[4], currency),
                        false))
                .toList();
    }

    /** Tranches and schedules whose kept figures differ from their payments and tranches. */
    private List<BalanceCheck> scheduleMismatches(UUID budgetId, String currency) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SCHEDULE_MISMATCHES)
                .setParameter(1, budgetId)
                .getResultList();
        return rows.stream()
                .map(r -> new BalanceCheck(
                        (String) r[0],
                        Views.balance((BigDecimal) r[1], (BigDecimal) r[1], (BigDecimal) r[2], currency),
                        Views.balance((BigDecimal) r[3], (BigDecimal) r[3], (BigDecimal) r[4], currency),
                        false))
                .toList();
    }

    private static void compare(
            List<BalanceCheck> checks,
            String currency,
            Map<String, BigDecimal[]> stored,
            Map<String, BigDecimal[]> recomputed) {
        BigDecimal[] none = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        var scopes = new java.util.TreeSet<>(stored.keySet());
        scopes.addAll(recomputed.keySet());
        for (String scope : scopes) {
            BigDecimal[] s = stored.getOrDefault(scope, none);
            BigDecimal[] r = recomputed.getOrDefault(scope, none);
            boolean same = s[0].compareTo(r[0]) == 0 && s[1].compareTo(r[1]) == 0 && s[2].compareTo(r[2]) == 0;
            checks.add(new BalanceCheck(scope, balance(s, currency), balance(r, currency), same));
        }
    }

    private static Balance balance(BigDecimal[] v, String currency) {
        return Views.balance(v[0], v[1], v[2], currency);
    }

    private static Map<String, BigDecimal[]> committedAsTotal(Map<String, BigDecimal[]> sums) {
        sums.values().forEach(v -> v[0] = v[1]);
        return sums;
    }

    private Map<String, BigDecimal[]> sums(String key, String condition, UUID budgetId) {
        return rows(String.format(SUMS, key, condition), budgetId);
    }

    private Map<String, BigDecimal[]> rows(String sql, UUID budgetId) {
        Query query = em.createNativeQuery(sql).setParameter(1, budgetId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, BigDecimal[]> result = new HashMap<>();
        for (Object[] row : rows) {
            result.put(
                    (String) row[0], new BigDecimal[] {(BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3]});
        }
        return result;
    }
}
