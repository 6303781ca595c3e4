package dev.kindling.common.money;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount of one currency as JSON carries it: a decimal string and an ISO 4217 code, never a float
 * ({@code numeric} in the database). The one Money of the suite and its one OpenAPI schema. A request's
 * Money (validated with {@code @Valid}) is non-negative, has at most 15 integer digits and 4 decimals,
 * names a currency {@link Currency} knows with minor units, and carries no more significant decimals
 * than those ({@link MoneyValidator}). Answers write it at the currency's minor unit ({@link #of}).
 */
@ValidMoney
@Schema(name = "Money", description = "A decimal amount as a string, with its ISO 4217 currency")
public record Money(
        @NotNull
                @Pattern(regexp = Money.AMOUNT, message = "must be a non-negative decimal string such as \"1250.50\"")
                @Size(max = 20)
                @Schema(examples = "2000000.00")
                String amount,
        @NotNull
                @Pattern(regexp = Money.CURRENCY, message = "must be an ISO 4217 code such as \"EUR\"")
                @Size(max = 3)
                @Schema(examples = "EUR")
                String currency) {

    /** 15 integer digits cover any budget; 4 decimals are the most any ISO 4217 currency has (CLF, UYW). */
    public static final String AMOUNT = "\\d{1,15}(\\.\\d{1,4})?";

    public static final String CURRENCY = "[A-Z]{3}";

    /** The amount as a number, exactly as written. */
    public BigDecimal value() {
        return new BigDecimal(amount);
    }

    /** The amount at its currency's minor unit ("1500" EUR is 1500.00); valid Money never rounds. */
    public BigDecimal scaledValue() {
        return value().setScale(minorUnits(currency), RoundingMode.UNNECESSARY);
    }

    /** The amount written at the currency's minor unit, e.g. 2000000 EUR as "2000000.00"; null for null. */
    public static Money of(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        return new Money(
                amount.setScale(minorUnits(currency), RoundingMode.UNNECESSARY).toPlainString(), currency);
    }

    public static Money zero(String currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /** The sum of two amounts of this currency (an absent one adds nothing). */
    public Money plus(Money other) {
        if (other == null) {
            return this;
        }
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return of(value().add(other.value()), currency);
    }

    /** The decimals of an ISO 4217 currency (EUR 2, JPY 0, BHD 3). */
    public static int minorUnits(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(currency + " has no minor unit");
        }
        return digits;
    }
}
