package dev.kindling.gateway.readmodel;

import dev.kindling.common.money.Money;
import dev.kindling.gateway.readmodel.client.FundingClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Funding per budget kind and currency, and per currency over all kinds (never added across
 * currencies); with a reporting currency, each currency's line also shows its figures converted, with
 * the rate and its date, and {@code converted} sums them.
 */
@Schema(description = "Funding from funding-service; only status when UNAVAILABLE", requiredProperties = "status")
public record FundingPart(
        PartStatus status,
        List<KindLine> byKind,
        List<CurrencyLine> byCurrency,
        @Schema(description = "Milestones past their due date and not approved, on open allocations")
                Long overdueMilestones,
        @Schema(nullable = true, description = "The reportingCurrency asked for") String reportingCurrency,
        @Schema(nullable = true, description = "The date whose rates convert") LocalDate asOf,
        @Schema(nullable = true, description = "Every currency's figures converted and summed") Figures converted) {

    public record KindLine(
            @Schema(ref = "BudgetKind") String kind,
            String currency,
            Money total,
            Money committed,
            Money disbursed,
            Money available) {}

    public record CurrencyLine(
            String currency,
            Money total,
            Money committed,
            Money disbursed,
            Money available,
            @Schema(nullable = true, description = "In the reporting currency, when one was asked for")
                    Conversion converted) {}

    /** Figures in the reporting currency: each original figure times {@code rate}, rounded half-even. */
    public record Conversion(
            String rate,
            LocalDate rateDate,
            @Schema(nullable = true, description = "The pivot currency of a cross rate") String via,
            Money total,
            Money committed,
            Money disbursed,
            Money available) {}

    public record Figures(Money total, Money committed, Money disbursed, Money available) {}

    public static FundingPart unavailable() {
        return new FundingPart(PartStatus.UNAVAILABLE, null, null, null, null, null, null);
    }

    public static FundingPart of(FundingClient.Utilisation report) {
        List<FundingClient.Row> rows = report.rows() == null ? List.of() : report.rows();
        List<KindLine> byKind = rows.stream()
                .map(r -> new KindLine(r.group(), r.currency(), r.total(), r.committed(), r.disbursed(), r.available()))
                .toList();
        FundingClient.Figures t = report.totals();
        return new FundingPart(
                PartStatus.AVAILABLE,
                byKind,
                byCurrency(rows),
                report.overdueMilestones(),
                report.reportingCurrency(),
                report.asOf(),
                t == null ? null : new Figures(t.total(), t.committed(), t.disbursed(), t.available()));
    }

    /** Rows of any grouping summed per currency (never converted into one another). */
    public static List<CurrencyLine> byCurrency(List<FundingClient.Row> rows) {
        Map<String, CurrencyLine> sums = new TreeMap<>();
        for (FundingClient.Row r : rows) {
            Money zero = Money.zero(r.currency());
            CurrencyLine sum =
                    sums.getOrDefault(r.currency(), new CurrencyLine(r.currency(), zero, zero, zero, zero, null));
            sums.put(
                    r.currency(),
                    new CurrencyLine(
                            r.currency(),
                            sum.total().plus(r.total()),
                            sum.committed().plus(r.committed()),
                            sum.disbursed().plus(r.disbursed()),
                            sum.available().plus(r.available()),
                            plus(sum.converted(), r.converted())));
        }
        return List.copyOf(sums.values());
    }

    private static Conversion plus(Conversion sum, FundingClient.Converted row) {
        if (row == null) {
            return sum;
        }
        if (sum == null) {
            return new Conversion(
                    row.rate(),
                    row.rateDate(),
                    row.via(),
                    row.total(),
                    row.committed(),
                    row.disbursed(),
                    row.available());
        }
        return new Conversion(
                sum.rate(),
                sum.rateDate(),
                sum.via(),
                sum.total().plus(row.total()),
                sum.committed().plus(row.committed()),
                sum.disbursed().plus(row.disbursed()),
                sum.available().plus(row.available()));
    }
}
