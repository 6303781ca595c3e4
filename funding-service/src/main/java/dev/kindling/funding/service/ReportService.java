package dev.kindling.funding.service;

import dev.kindling.common.csv.Csv;
import dev.kindling.common.money.Money;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.security.Caller;
import dev.kindling.funding.api.UtilisationReport;
import dev.kindling.funding.api.UtilisationRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Utilisation per program, source, kind, hub or month, one row per group and currency. For hub
 * figures "total" is what was allocated to the hub and "available" what is still to be paid to it;
 * a partner sees only the hubs of its token.
 */
@ApplicationScoped
public class ReportService {
    private final EntityManager em;
    private final Caller caller;
    private final Conversions conversions;

    public ReportService(EntityManager em, Caller caller, Conversions conversions) {
        this.em = em;
        this.caller = caller;
        this.conversions = conversions;
    }

    /** What a report is about: its grouping and filters, and the currency and date to convert into, if any. */
    public record Scope(String groupBy, UUID programId, UUID hubId, String source) {}

    @Transactional
    public UtilisationReport utilisation(Scope scope, String reportingCurrency, LocalDate asOf) {
        String group = scope.groupBy() == null ? "program" : scope.groupBy();
        if (!ReportQuery.GROUPS.contains(group)) {
            throw ProblemException.badRequest("groupBy", "must be one of " + String.join(", ", ReportQuery.GROUPS));
        }
        if (reportingCurrency != null && !Conversions.reportable(reportingCurrency)) {
            throw ProblemException.badRequest("reportingCurrency", "is not an ISO 4217 currency with minor units");
        }
        if (asOf != null && reportingCurrency == null) {
            throw ProblemException.badRequest("asOf", "applies only with reportingCurrency");
        }
        Conversions.Converter converter = reportingCurrency == null
                ? null
                : conversions.into(reportingCurrency, asOf == null ? Tranches.today() : asOf);
        if (caller.isHubScoped() && caller.hubs().isEmpty()) {
            return report(group, List.of(), 0, converter);
        }
        Collection<String> onlyHubs = caller.isHubScoped() ? caller.hubs() : null;
        ReportQuery report = ReportQuery.of(group, scope.programId(), scope.hubId(), scope.source(), onlyHubs);
        List<Object[]> rows = rows(report);
        if (converter != null) {
            converter.requireAll(rows.stream().map(r -> currency(r)).toList());
        }
        long overdue = ((Number) rows(ReportQuery.overdue(
                                scope.programId(), scope.hubId(), scope.source(), onlyHubs, Tranches.today()))
                        .get(0)[0])
                .longValue();
        return report(
                group,
                rows.stream().map(r -> row(r, report.hubScoped(), converter)).toList(),
                overdue,
                converter);
    }

    private List<Object[]> rows(ReportQuery report) {
        Query query = em.createNativeQuery(report.sql());
        for (int i = 0; i < report.params().size(); i++) {
            query.setParameter(i + 1, report.params().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private static String currency(Object[] r) {
        return ((String) r[1]).trim();
    }

    private static UtilisationReport report(
            String group, List<UtilisationRow> rows, long overdue, Conversions.Converter converter) {
        if (converter == null) {
            return new UtilisationReport(group, rows, overdue, null, null, null);
        }
        String c = converter.currency();
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (UtilisationRow row : rows) {
            UtilisationRow.Converted x = row.converted();
            sums[0] = sums[0].add(x.total().value());
            sums[1] = sums[1].add(x.committed().value());
            sums[2] = sums[2].add(x.disbursed().value());
            sums[3] = sums[3].add(x.available().value());
        }
        return new UtilisationReport(
                group,
                rows,
                overdue,
                c,
                converter.asOf(),
                new UtilisationReport.Totals(
                        Views.money(sums[0], c),
                        Views.money(sums[1], c),
                        Views.money(sums[2], c),
                        Views.money(sums[3], c)));
    }

    private static UtilisationRow row(Object[] r, boolean hubScoped, Conversions.Converter converter) {
        String currency = ((String) r[1]).trim();
        BigDecimal total = (BigDecimal) r[2];
        BigDecimal committed = (BigDecimal) r[3];
        BigDecimal disbursed = (BigDecimal) r[4];
        BigDecimal available = hubScoped ? committed.subtract(disbursed) : total.subtract(committed);
        UtilisationRow.Converted converted = null;
        if (converter != null) {
            Conversions.Conversion x = converter.of(currency);
            String c = converter.currency();
            int scale = Money.minorUnits(c);
            converted = new UtilisationRow.Converted(
                    x.rate().stripTrailingZeros().toPlainString(),
                    x.rateDate(),
                    x.via(),
                    Views.money(x.apply(total, scale), c),
                    Views.money(x.apply(committed, scale), c),
                    Views.money(x.apply(disbursed, scale), c),
                    Views.money(x.apply(available, scale), c));
        }
        return new UtilisationRow(
                (String) r[0],
                currency,
                Views.money(total, currency),
                Views.money(committed, currency),
                Views.money(disbursed, currency),
                Views.money(available, currency),
                converted);
    }

    /** The report as CSV (RFC 4180), one line per row; with the converted figures when there are. */
    public static String csv(UtilisationReport report) {
        List<String> header =
                new ArrayList<>(List.of("group", "currency", "total", "committed", "disbursed", "available"));
        boolean converted = report.reportingCurrency() != null;
        if (converted) {
            header.addAll(List.of(
                    "reporting_currency",
                    "rate",
                    "rate_date",
                    "via",
                    "converted_total",
                    "converted_committed",
                    "converted_disbursed",
                    "converted_available"));
        }
        List<List<String>> lines = new ArrayList<>();
        for (UtilisationRow row : report.rows()) {
            List<String> line = new ArrayList<>(List.of(
                    row.group(),
                    row.currency(),
                    row.total().amount(),
                    row.committed().amount(),
                    row.disbursed().amount(),
                    row.available().amount()));
            if (converted) {
                UtilisationRow.Converted x = row.converted();
                line.addAll(Arrays.asList(
                        report.reportingCurrency(),
                        x.rate(),
                        x.rateDate().toString(),
                        x.via(),
                        x.total().amount(),
                        x.committed().amount(),
                        x.disbursed().amount(),
                        x.available().amount()));
            }
            lines.add(line);
        }
        return Csv.write(header, lines);
    }
}
