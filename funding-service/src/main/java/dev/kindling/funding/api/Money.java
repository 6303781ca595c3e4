package dev.kindling.funding.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount of one currency: a decimal string at the currency's precision, never a float. */
@Schema(name = "Money", description = "A decimal amount as a string, with its ISO 4217 currency")
public record Money(
        @NotNull
                @Pattern(
                        regexp = "-?[0-9]{1,15}(\\.[0-9]{1,12})?",
                        message = "must be a decimal number such as 1500.00")
                @Schema(examples = "2000000.00")
                String amount,
        @NotNull
                @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
                @Schema(examples = "EUR")
                String currency) {

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount.toPlainString(), currency);
    }
}
