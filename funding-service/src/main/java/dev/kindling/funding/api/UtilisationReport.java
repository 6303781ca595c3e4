package dev.kindling.funding.api;

import java.util.List;

/** Utilisation grouped by program, source, kind, hub or month; one row per group and currency. */
public record UtilisationReport(String groupBy, List<UtilisationRow> rows) {}
