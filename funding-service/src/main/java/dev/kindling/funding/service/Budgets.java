package dev.kindling.funding.service;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.funding.domain.Budget;
import dev.kindling.funding.domain.BudgetLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads budgets and their lines. */
@ApplicationScoped
public class Budgets {
    private final EntityManager em;

    public Budgets(EntityManager em) {
        this.em = em;
    }

    /** The budget at this path; 404 when unknown. */
    public Budget get(UUID id) {
        Budget budget = Budget.findById(id);
        if (budget == null) {
            throw ProblemException.notFound("budget", id);
        }
        return budget;
    }

    /** The budget a request refers to; 422 when unknown. */
    public Budget referenced(String field, UUID id) {
        Budget budget = Budget.findById(id);
        if (budget == null) {
            throw ProblemException.invalidReference(field, "no budget with id " + id);
        }
        return budget;
    }

    public List<BudgetLine> lines(UUID budgetId) {
        return em.createQuery(
                        "select l from BudgetLine l where l.key.budgetId = :b order by l.key.year", BudgetLine.class)
                .setParameter("b", budgetId)
                .getResultList();
    }

    /** The lines of several budgets in one query, by budget id. */
    public Map<UUID, List<BudgetLine>> lines(Collection<UUID> budgetIds) {
        if (budgetIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select l from BudgetLine l where l.key.budgetId in :b order by l.key.year", BudgetLine.class)
                .setParameter("b", budgetIds)
                .getResultStream()
                .collect(Collectors.groupingBy(l -> l.key.budgetId));
    }

    /**
     * Checks the yearly line an allocation names: required when the budget has lines (400), must be
     * one of them (422), and must be absent when the budget has none (400).
     */
    public void checkYear(Budget budget, Integer year) {
        if (!budget.hasLines) {
            if (year != null) {
                throw ProblemException.badRequest("year", "the budget has no yearly lines");
            }
            return;
        }
        if (year == null) {
            throw ProblemException.badRequest("year", "is required: the budget has yearly lines");
        }
        if (BudgetLine.findById(new BudgetLine.Key(budget.id, year)) == null) {
            throw ProblemException.invalidReference("year", "the budget has no line for " + year);
        }
    }
}
