package dev.kindling.funding.domain;

import dev.kindling.common.problem.FieldError;
import dev.kindling.common.problem.ProblemException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Money rules: an amount is positive and has no more decimals than its currency allows (USD 2, JPY
 * 0, BHD 3); it is kept at exactly that scale. A currency other than the budget's is a 422.
 */
public final class Amounts {
    private Amounts() {}

    /** The number of decimals of an ISO 4217 currency; 400 for codes that are not money. */
    public static int digits(String field, String currency) {
        int digits;
        try {
            digits = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.badRequest(field, "is not an ISO 4217 currency code");
        }
        if (digits < 0) {
            throw ProblemException.badRequest(field, "is not a currency that amounts can be paid in");
        }
        return digits;
    }

    /** A positive amount of {@code currency}, scaled to its decimals; 400 when invalid. */
    public static BigDecimal positive(String field, String amount, String currency) {
        int digits = digits(field + ".currency", currency);
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException | NullPointerException e) {
            throw ProblemException.badRequest(field + ".amount", "must be a decimal number such as 1500.00");
        }
        if (value.signum() <= 0) {
            throw ProblemException.badRequest(field + ".amount", "must be greater than zero");
        }
        if (value.stripTrailingZeros().scale() > digits) {
            throw ProblemException.badRequest(
                    field + ".amount", "has more decimals than " + currency + " allows (" + digits + ")");
        }
        return value.setScale(digits);
    }

    /** As {@link #positive}, and the currency must be {@code expected} (422 currency-mismatch). */
    public static BigDecimal positiveIn(String field, String amount, String currency, String expected) {
        BigDecimal value = positive(field, amount, currency);
        if (!expected.equals(currency)) {
            String message = "is " + currency + " but the budget is in " + expected;
            throw new ProblemException(
                    422,
                    "currency-mismatch",
                    field + ".currency: " + message,
                    List.of(new FieldError(field + ".currency", message)),
                    Map.of());
        }
        return value;
    }

    /** A stored amount at its currency's scale, for answers. */
    public static BigDecimal scaled(BigDecimal value, String currency) {
        return value.setScale(Currency.getInstance(currency).getDefaultFractionDigits());
    }
}
