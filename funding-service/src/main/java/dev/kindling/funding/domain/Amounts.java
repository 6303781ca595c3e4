package dev.kindling.funding.domain;

import dev.kindling.common.money.Money;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import java.math.BigDecimal;

/**
 * funding's rules on top of common's {@link Money} validation (non-negative, known currency, no more
 * decimals than its minor unit): an amount that moves money is positive, is kept at exactly its
 * currency's scale, and is in the currency of its budget (else 422 currency-mismatch).
 */
public final class Amounts {
    private Amounts() {}

    /** A positive amount at its currency's scale; 400 for zero. {@code money} has passed validation. */
    public static BigDecimal positive(String field, Money money) {
        BigDecimal value = money.scaledValue();
        if (value.signum() <= 0) {
            throw ProblemException.badRequest(field + ".amount", "must be greater than zero");
        }
        return value;
    }

    /** As {@link #positive}, and the currency must be {@code expected} (422 currency-mismatch). */
    public static BigDecimal positiveIn(String field, Money money, String expected) {
        BigDecimal value = positive(field, money);
        if (!expected.equals(money.currency())) {
            throw ProblemException.ofField(
                    ProblemType.CURRENCY_MISMATCH,
                    field + ".currency",
                    "is " + money.currency() + " but the budget is in " + expected);
        }
        return value;
    }
}
