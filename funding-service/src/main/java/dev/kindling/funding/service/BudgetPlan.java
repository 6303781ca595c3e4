package dev.kindling.funding.service;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.funding.api.BudgetLineRequest;
import dev.kindling.funding.api.BudgetRequest;
import dev.kindling.funding.domain.Amounts;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A checked budget request: one currency, positive amounts at its precision, lines with distinct
 * years inside the period, and a total that is the lines' sum. Every violation is a 400.
 */
public record BudgetPlan(String currency, BigDecimal total, SortedMap<Integer, BigDecimal> lines) {

    public static BudgetPlan of(BudgetRequest r) {
        if (r.endsOn() != null && r.endsOn().isBefore(r.startsOn())) {
            throw ProblemException.badRequest("endsOn", "must not be before startsOn");
        }
        List<BudgetLineRequest> lines = r.lines() == null ? List.of() : r.lines();
        if (lines.isEmpty()) {
            if (r.total() == null) {
                throw ProblemException.badRequest("total", "is required for a budget without yearly lines");
            }
            String currency = r.total().currency();
            return new BudgetPlan(currency, Amounts.positive("total", r.total()), new TreeMap<>());
        }
        String currency = lines.get(0).total().currency();
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLineRequest line = lines.get(i);
            String field = "lines[" + i + "]";
            if (!line.total().currency().equals(currency)) {
                throw ProblemException.badRequest(field + ".total.currency", "all lines must be in " + currency);
            }
            if (!seen.add(line.year())) {
                throw ProblemException.badRequest(field + ".year", "appears twice");
            }
            checkInPeriod(field + ".year", line.year(), r);
            byYear.put(line.year(), Amounts.positive(field + ".total", line.total()));
        }
        BigDecimal sum = byYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (r.total() != null) {
            BigDecimal total = Amounts.positive("total", r.total());
            if (!r.total().currency().equals(currency) || total.compareTo(sum) != 0) {
                throw ProblemException.badRequest(
                        "total", "must equal the sum of the lines, " + currency + " " + sum.toPlainString());
            }
        }
        return new BudgetPlan(currency, sum, byYear);
    }

    static void checkInPeriod(String field, int year, BudgetRequest r) {
        checkInPeriod(
                field,
                year,
                r.startsOn().getYear(),
                r.endsOn() == null ? null : r.endsOn().getYear());
    }

    static void checkInPeriod(String field, int year, int firstYear, Integer lastYear) {
        if (year < firstYear || (lastYear != null && year > lastYear)) {
            throw ProblemException.badRequest(field, "is outside the budget's period");
        }
    }
}
