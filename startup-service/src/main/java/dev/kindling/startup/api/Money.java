package dev.kindling.startup.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount of money as JSON carries it: a non-negative decimal string and an ISO 4217 code. The
 * currency must be known to {@link Currency} and the amount may not have more decimals than the
 * currency's minor unit ({@link ValidMoney}).
 */
@ValidMoney
@Schema(name = "Money", description = "A decimal amount as a string, with its ISO 4217 currency")
public record Money(
        @NotNull
                @Pattern(
                        regexp = "\\d{1,15}(\\.\\d{1,4})?",
                        message = "must be a non-negative decimal string such as \"1250.50\"")
                @Schema(examples = "2000000.00")
                String amount,
        @NotNull
                @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as \"EUR\"")
                @Schema(examples = "EUR")
                String currency) {

    public BigDecimal value() {
        return new BigDecimal(amount);
    }

    /** The amount written with the currency's minor unit, e.g. 2000000 EUR as "2000000.00". */
    public static Money of(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return new Money(amount.setScale(digits, RoundingMode.UNNECESSARY).toPlainString(), currency);
    }
}
