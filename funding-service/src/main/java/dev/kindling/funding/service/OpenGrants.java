package dev.kindling.funding.service;

import dev.kindling.common.csv.Csv;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.funding.api.GrantPackage;
import dev.kindling.funding.client.CohortInfo;
import dev.kindling.funding.client.HubServiceClient;
import dev.kindling.funding.client.ProgramInfo;
import dev.kindling.funding.client.StartupInfo;
import dev.kindling.funding.client.StartupServiceClient;
import dev.kindling.funding.domain.Allocation;
import dev.kindling.funding.domain.AllocationStatus;
import dev.kindling.funding.domain.Budget;
import dev.kindling.funding.domain.RecipientType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What was granted, as open data in the 360Giving standard: allocations to startups and cohorts
 * (not to hubs, which run programs rather than receive grants; not cancelled ones, which were never
 * granted), awarded on the day they were committed. Recipients' and programs' names are read from
 * startup- and hub-service with the caller's token, outside any transaction; a demo recipient
 * (illustrative) is left out unless asked for, and then marked.
 */
@ApplicationScoped
public class OpenGrants {
    static final String VERSION = "1.4";

    private final EntityManager em;
    private final StartupServiceClient startups;
    private final HubServiceClient hubs;
    private final String prefix;
    private final String publisher;
    private final String license;
    private final int maxGrants;

    public OpenGrants(
            EntityManager em,
            StartupServiceClient startups,
            HubServiceClient hubs,
            @ConfigProperty(name = "kindling.open-data.prefix", defaultValue = "360G-kindling") String prefix,
            @ConfigProperty(name = "kindling.open-data.publisher", defaultValue = "Kindling") String publisher,
            @ConfigProperty(
                            name = "kindling.open-data.license",
                            defaultValue = "https://creativecommons.org/licenses/by/4.0/")
                    String license,
            @ConfigProperty(name = "kindling.open-data.max-grants", defaultValue = "5000") int maxGrants) {
        this.em = em;
        this.startups = startups;
        this.hubs = hubs;
        this.prefix = prefix;
        this.publisher = publisher;
        this.license = license;
        this.maxGrants = maxGrants;
    }

    public GrantPackage grants(UUID programId, LocalDate from, LocalDate to, boolean includeIllustrative) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        List<Allocation> allocations = allocations(programId, from, to);
        Map<UUID, Budget> budgets = new HashMap<>();
        Map<UUID, Optional<ProgramInfo>> programs = new HashMap<>();
        Map<UUID, Recipient> recipients = new HashMap<>();
        List<GrantPackage.Grant> grants = new ArrayList<>();
        for (Allocation a : allocations) {
            Budget b = budgets.computeIfAbsent(a.budgetId, id -> Budget.findById(id));
            Recipient r = recipients.computeIfAbsent(a.recipientId, id -> recipient(a.recipientType, id));
            if (r.illustrative() && !includeIllustrative) {
                continue;
            }
            Optional<ProgramInfo> program = programs.computeIfAbsent(b.programId, hubs::program);
            grants.add(grant(a, b, r, program));
        }
        return new GrantPackage(
                VERSION,
                publisher + " grants" + range(from, to),
                "Allocations to startups and cohorts of " + describe(programId, programs) + range(from, to)
                        + (includeIllustrative ? ", demo (illustrative) grants included and marked" : ""),
                LocalDate.now(ZoneOffset.UTC),
                new GrantPackage.Publisher(prefix, publisher),
                license,
                grants);
    }

    private List<Allocation> allocations(UUID programId, LocalDate from, LocalDate to) {
        StringBuilder jpql = new StringBuilder("select a from Allocation a, Budget b where b.id = a.budgetId"
                + " and a.recipientType in :types and a.status <> :cancelled");
        Map<String, Object> params = new HashMap<>();
        params.put("types", List.of(RecipientType.STARTUP, RecipientType.COHORT));
        params.put("cancelled", AllocationStatus.CANCELLED);
        if (programId != null) {
            jpql.append(" and b.programId = :program");
            params.put("program", programId);
        }
        if (from != null) {
            jpql.append(" and a.createdAt >= :from");
            params.put("from", from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            jpql.append(" and a.createdAt < :to");
            params.put("to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        var query = em.createQuery(jpql.append(" order by a.createdAt, a.id").toString(), Allocation.class)
                .setMaxResults(maxGrants + 1);
        params.forEach(query::setParameter);
        List<Allocation> found = query.getResultList();
        if (found.size() > maxGrants) {
            throw ProblemException.badRequest(
                    "from", "more than " + maxGrants + " grants match: narrow the period (from, to) or the program");
        }
        return found;
    }

    private record Recipient(String name, boolean illustrative) {}

    private Recipient recipient(RecipientType type, UUID id) {
        if (type == RecipientType.STARTUP) {
            return startups.startup(id)
                    .map((StartupInfo s) -> new Recipient(s.name(), s.illustrative()))
                    .orElse(new Recipient("Startup " + id, false));
        }
        return startups.cohort(id)
                .map((CohortInfo c) -> new Recipient(c.name(), c.illustrative()))
                .orElse(new Recipient("Cohort " + id, false));
    }

    private GrantPackage.Grant grant(Allocation a, Budget b, Recipient r, Optional<ProgramInfo> program) {
        String kind = a.recipientType == RecipientType.STARTUP ? "startup" : "cohort";
        OffsetDateTime modified = a.closedAt == null ? a.createdAt : a.closedAt;
        String programTitle = program.map(ProgramInfo::name).orElse(b.name);
        return new GrantPackage.Grant(
                prefix + "-" + a.id,
                programTitle + ": " + r.name(),
                a.note == null || a.note.isBlank()
                        ? "Support to the " + kind + " " + r.name() + " from " + b.name
                        : a.note,
                a.currency.trim(),
                a.amount,
                a.createdAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                List.of(new GrantPackage.Organization(prefix + "-" + kind + "-" + a.recipientId, r.name())),
                List.of(new GrantPackage.Organization(prefix + "-funder-" + slug(b.source), b.source)),
                program.map(p -> List.of(new GrantPackage.Programme(p.code(), p.name())))
                        .orElse(List.of()),
                modified,
                r.illustrative());
    }

    private static String describe(UUID programId, Map<UUID, Optional<ProgramInfo>> programs) {
        if (programId == null) {
            return "all programs";
        }
        return programs.getOrDefault(programId, Optional.empty())
                .map(p -> p.name() + " (" + p.code() + ")")
                .orElse("program " + programId);
    }

    private static String range(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        return ", awarded " + (from == null ? "" : "from " + from + " ") + (to == null ? "" : "to " + to);
    }

    static String slug(String text) {
        String slug =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "unknown" : slug;
    }

    /** The standard's column titles, in the order of the CSV. */
    static final List<String> COLUMNS = List.of(
            "Identifier",
            "Title",
            "Description",
            "Currency",
            "Amount Awarded",
            "Award Date",
            "Recipient Org:Identifier",
            "Recipient Org:Name",
            "Funding Org:Identifier",
            "Funding Org:Name",
            "Grant Programme:Code",
            "Grant Programme:Title",
            "Last Modified",
            "Illustrative");

    /** The package as CSV: one line a grant, with the standard's column titles. */
    public static String csv(GrantPackage grants) {
        List<List<String>> rows = new ArrayList<>();
        for (GrantPackage.Grant g : grants.grants()) {
            GrantPackage.Programme p =
                    g.grantProgramme().isEmpty() ? null : g.grantProgramme().get(0);
            rows.add(java.util.Arrays.asList(
                    g.id(),
                    g.title(),
                    g.description(),
                    g.currency(),
                    g.amountAwarded().toPlainString(),
                    g.awardDate().toString(),
                    g.recipientOrganization().get(0).id(),
                    g.recipientOrganization().get(0).name(),
                    g.fundingOrganization().get(0).id(),
                    g.fundingOrganization().get(0).name(),
                    p == null ? null : p.code(),
                    p == null ? null : p.title(),
                    g.dateModified().toString(),
                    String.valueOf(g.illustrative())));
        }
        return Csv.write(COLUMNS, rows);
    }
}
