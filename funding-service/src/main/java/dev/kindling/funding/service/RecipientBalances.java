package dev.kindling.funding.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.funding.api.RecipientBalanceView;
import dev.kindling.funding.api.RecipientView;
import dev.kindling.funding.domain.Budget;
import dev.kindling.funding.domain.RecipientType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The kept per-recipient balances of a budget, paged by recipient id. */
@ApplicationScoped
public class RecipientBalances {
    private final EntityManager em;
    private final Budgets budgets;

    public RecipientBalances(EntityManager em, Budgets budgets) {
        this.em = em;
        this.budgets = budgets;
    }

    public Page<RecipientBalanceView> list(UUID budgetId, PageRequest page) {
        Budget b = budgets.get(budgetId);
        UUID after = page.after();
        Query query = em.createNativeQuery("select recipient_type, recipient_id, hub_id, hub_code, committed, disbursed"
                        + " from recipient_balance where budget_id = ?1"
                        + (after == null ? "" : " and recipient_id > ?2")
                        + " order by recipient_id")
                .setParameter(1, budgetId)
                .setMaxResults(page.limit() + 1);
        if (after != null) {
            query.setParameter(2, after);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return Page.of(rows, page.limit(), r -> (UUID) r[1]).map(r -> view(r, b.currency));
    }

    private static RecipientBalanceView view(Object[] r, String currency) {
        BigDecimal committed = (BigDecimal) r[4];
        BigDecimal disbursed = (BigDecimal) r[5];
        return new RecipientBalanceView(
                new RecipientView(RecipientType.valueOf((String) r[0]), (UUID) r[1], (UUID) r[2], (String) r[3]),
                Views.money(committed, currency),
                Views.money(disbursed, currency),
                Views.money(committed.subtract(disbursed), currency));
    }
}
