package dev.kindling.gateway.readmodel;

import dev.kindling.common.money.Money;
import dev.kindling.gateway.readmodel.client.FundingClient;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Funding per budget kind and currency, and per currency over all kinds (never converted). */
@Schema(description = "Funding from funding-service; only status when UNAVAILABLE", requiredProperties = "status")
public record FundingPart(PartStatus status, List<KindLine> byKind, List<CurrencyLine> byCurrency) {

    public record KindLine(
            @Schema(ref = "BudgetKind") String kind,
            String currency,
            Money total,
            Money committed,
            Money disbursed,
            Money available) {}

    public record CurrencyLine(String currency, Money total, Money committed, Money disbursed, Money available) {}

    public static FundingPart unavailable() {
        return new FundingPart(PartStatus.UNAVAILABLE, null, null);
    }

    public static FundingPart of(FundingClient.Utilisation report) {
        List<FundingClient.Row> rows = report.rows() == null ? List.of() : report.rows();
        List<KindLine> byKind = rows.stream()
                .map(r -> new KindLine(r.group(), r.currency(), r.total(), r.committed(), r.disbursed(), r.available()))
                .toList();
        return new FundingPart(PartStatus.AVAILABLE, byKind, byCurrency(rows));
    }

    /** Rows of any grouping summed per currency (never converted). */
    public static List<CurrencyLine> byCurrency(List<FundingClient.Row> rows) {
        Map<String, CurrencyLine> sums = new TreeMap<>();
        for (FundingClient.Row r : rows) {
            Money zero = Money.zero(r.currency());
            CurrencyLine sum = sums.getOrDefault(r.currency(), new CurrencyLine(r.currency(), zero, zero, zero, zero));
            sums.put(
                    r.currency(),
                    new CurrencyLine(
                            r.currency(),
                            sum.total().plus(r.total()),
                            sum.committed().plus(r.committed()),
                            sum.disbursed().plus(r.disbursed()),
                            sum.available().plus(r.available())));
        }
        return List.copyOf(sums.values());
    }
}
