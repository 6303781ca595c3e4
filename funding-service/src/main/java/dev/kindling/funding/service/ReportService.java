package dev.kindling.funding.service;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.security.Caller;
import dev.kindling.funding.api.UtilisationReport;
import dev.kindling.funding.api.UtilisationRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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

    public ReportService(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    @Transactional
    public UtilisationReport utilisation(String groupBy, UUID programId, UUID hubId) {
        String group = groupBy == null ? "program" : groupBy;
        if (!ReportQuery.GROUPS.contains(group)) {
            throw ProblemException.badRequest("groupBy", "must be one of " + String.join(", ", ReportQuery.GROUPS));
        }
        if (caller.isHubScoped() && caller.hubs().isEmpty()) {
            return new UtilisationReport(group, List.of());
        }
        ReportQuery report = ReportQuery.of(group, programId, hubId, caller.isHubScoped() ? caller.hubs() : null);
        Query query = em.createNativeQuery(report.sql());
        for (int i = 0; i < report.params().size(); i++) {
            query.setParameter(i + 1, report.params().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return new UtilisationReport(
                group, rows.stream().map(r -> row(r, report.hubScoped())).toList());
    }

    private static UtilisationRow row(Object[] r, boolean hubScoped) {
        String currency = ((String) r[1]).trim();
        BigDecimal total = (BigDecimal) r[2];
        BigDecimal committed = (BigDecimal) r[3];
        BigDecimal disbursed = (BigDecimal) r[4];
        BigDecimal available = hubScoped ? committed.subtract(disbursed) : total.subtract(committed);
        return new UtilisationRow(
                (String) r[0],
                currency,
                Views.money(total, currency),
                Views.money(committed, currency),
                Views.money(disbursed, currency),
                Views.money(available, currency));
    }

    /** The report as CSV (RFC 4180), one line per row. */
    public static String csv(UtilisationReport report) {
        StringBuilder out = new StringBuilder("group,currency,total,committed,disbursed,available\r\n");
        for (UtilisationRow row : report.rows()) {
            out.append(cell(row.group()))
                    .append(',')
                    .append(row.currency())
                    .append(',')
                    .append(row.total().amount())
                    .append(',')
                    .append(row.committed().amount())
                    .append(',')
                    .append(row.disbursed().amount())
                    .append(',')
                    .append(row.available().amount())
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
