package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One group of the utilisation report, in one currency, and converted when a reporting currency was asked. */
public record UtilisationRow(
        String group,
        String currency,
        Money total,
        Money committed,
        Money disbursed,
        Money available,
        @Schema(nullable = true, description = "The figures in the reporting currency, with the rate used")
                Converted converted) {

    /**
     * The row's figures times {@code rate}, each rounded half-even to the reporting currency's minor unit.
     * {@code rateDate} is the date of the rate used (the older leg's, for a cross through {@code via}).
     */
    public record Converted(
            @Schema(description = "Reporting-currency units per unit of the row's currency", examples = "0.9216")
                    String rate,
            LocalDate rateDate,
            @Schema(nullable = true, description = "The pivot currency of a cross rate") String via,
            Money total,
            Money committed,
            Money disbursed,
            Money available) {}
}
