package dev.kindling.gateway.readmodel;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount of one currency; the amount is a decimal string, never a float. */
@Schema(name = "Money", description = "An amount in one currency; the amount is a decimal string")
public record Money(@Schema(examples = "2000000.00") String amount, @Schema(examples = "EUR") String currency) {

    public static Money zero(String currency) {
        return new Money("0", currency);
    }

    public Money plus(Money other) {
        if (other == null) {
            return this;
        }
        return new Money(
                new BigDecimal(amount).add(new BigDecimal(other.amount)).toPlainString(), currency);
    }
}
