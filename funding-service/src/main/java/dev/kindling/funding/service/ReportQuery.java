package dev.kindling.funding.service;

import dev.kindling.funding.domain.EntryType;
import dev.kindling.funding.domain.EntryType.Figure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The SQL of a utilisation report. Budget-wide figures come from the kept budget balances; figures
 * about hubs (grouping by hub, a hub filter, or a partner's view) come from the kept per-recipient
 * balances; months come from the journal (what moved in each month). Currencies are never added up.
 */
record ReportQuery(String sql, List<Object> params, boolean hubScoped) {
    static final List<String> GROUPS = List.of("program", "source", "kind", "hub", "month");

    static ReportQuery of(String groupBy, UUID programId, UUID hubId, String source, Collection<String> onlyHubs) {
        boolean hubScoped = "hub".equals(groupBy) || hubId != null || onlyHubs != null;
        List<Object> params = new ArrayList<>();
        StringBuilder where = budgetFilter(programId, source, params);
        String hubTable = "month".equals(groupBy) ? "j" : "r";
        if (hubScoped) {
            where.append(" and ").append(hubTable).append(".hub_code is not null");
        }
        if (hubId != null) {
            params.add(hubId);
            where.append(" and ").append(hubTable).append(".hub_id = ?").append(params.size());
        }
        if (onlyHubs != null) {
            params.add(onlyHubs);
            where.append(" and ")
                    .append(hubTable)
                    .append(".hub_code in (?")
                    .append(params.size())
                    .append(")");
        }
        String key = key(groupBy);
        String sql;
        if ("month".equals(groupBy)) {
            sql = "select to_char(j.created_at at time zone 'UTC', 'YYYY-MM') as g, b.currency, "
                    + EntryType.sumSql(Figure.TOTAL, "j.entry_type", "j.amount") + ", "
                    + EntryType.sumSql(Figure.COMMITTED, "j.entry_type", "j.amount") + ", "
                    + EntryType.sumSql(Figure.DISBURSED, "j.entry_type", "j.amount")
                    + " from journal_entry j join budget b on b.id = j.budget_id" + where;
        } else if (hubScoped) {
            sql = "select " + key + " as g, b.currency, sum(r.committed), sum(r.committed), sum(r.disbursed)"
                    + " from recipient_balance r join budget b on b.id = r.budget_id" + where;
        } else {
            sql = "select " + key + " as g, b.currency, sum(b.total), sum(b.committed), sum(b.disbursed)"
                    + " from budget b" + where;
        }
        return new ReportQuery(sql + " group by 1, 2 order by 1, 2", params, hubScoped);
    }

    /**
     * How many milestones are overdue in the scope: past their due date, not approved, on an open
     * allocation (the same rule as {@code GET /tranches?overdue=true}).
     */
    static ReportQuery overdue(
            UUID programId, UUID hubId, String source, Collection<String> onlyHubs, LocalDate today) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = budgetFilter(programId, source, params);
        params.add(today);
        where.append(" and t.due_on < ?").append(params.size());
        if (hubId != null) {
            params.add(hubId);
            where.append(" and t.hub_id = ?").append(params.size());
        }
        if (onlyHubs != null) {
            params.add(onlyHubs);
            where.append(" and t.hub_code in (?").append(params.size()).append(")");
        }
        return new ReportQuery(
                "select count(*), 0 from tranche t join allocation a on a.id = t.allocation_id"
                        + " join budget b on b.id = t.budget_id" + where
                        + " and t.milestone_status <> 'APPROVED' and a.status = 'OPEN'",
                params,
                hubId != null || onlyHubs != null);
    }

    private static StringBuilder budgetFilter(UUID programId, String source, List<Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (programId != null) {
            params.add(programId);
            where.append(" and b.program_id = ?").append(params.size());
        }
        if (source != null) {
            params.add(source);
            where.append(" and b.source = ?").append(params.size());
        }
        return where;
    }

    private static String key(String groupBy) {
        return switch (groupBy.toLowerCase(Locale.ROOT)) {
            case "program" -> "b.program_id::text";
            case "source" -> "b.source";
            case "kind" -> "b.kind";
            case "hub" -> "r.hub_code";
            default -> "''";
        };
    }
}
