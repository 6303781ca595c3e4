package dev.kindling.startup.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.startup.api.StartupSearch;
import dev.kindling.startup.api.StartupView;
import dev.kindling.startup.domain.Names;
import dev.kindling.startup.domain.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The startup list: keyset pages by id with filters backed by indexes (country, sector, name prefix on
 * startup; program, hub, cohort and status through a semi-join on enrollment's (filter, startup_id)
 * and (startup_id, id) indexes).
 */
@ApplicationScoped
public class StartupQueries {
    private final EntityManager em;
    private final Visibility visibility;

    public StartupQueries(EntityManager em, Visibility visibility) {
        this.em = em;
        this.visibility = visibility;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StartupView> list(StartupSearch search, PageRequest page) {
        List<Startup> rows;
        if (!visibility.limited()) {
            rows = filter(search).fetch(em, Startup.class, page);
        } else {
            // A partner sees what it created or what is enrolled at its hubs. One query with an OR
            // would make PostgreSQL hash every enrollment of those hubs; two index-driven keyset
            // queries merged by id give the same page in a few milliseconds at a million rows.
            List<Startup> own = filter(search)
                    .where("e.createdBy = :me", "me", visibility.subject())
                    .fetch(em, Startup.class, page);
            List<Startup> atHubs = visibility.hubs().isEmpty()
                    ? List.of()
                    : filter(search)
                            .where("exists (select 1 from Enrollment v where v.startupId = e.id"
                                    + " and v.hubCode in :visibleHubs)")
                            .bind("visibleHubs", visibility.hubs())
                            .fetch(em, Startup.class, page);
            rows = merge(own, atHubs, page.limit() + 1);
        }
        return Page.of(rows, page.limit(), s -> s.id).map(Views::of);
    }

    private Keyset filter(StartupSearch search) {
        Keyset filter = Keyset.of(Startup.class)
                .where("e.country = :country", "country", search.country())
                .where("e.sector = :sector", "sector", search.sector());
        if (search.q() != null && !search.q().isBlank()) {
            filter.where("e.nameKey like :prefix", "prefix", Names.nameKey(search.q()) + "%");
        }
        if (search.byEnrollment()) {
            filter.where(enrollmentClause(search));
            filter.bind("cohortId", search.cohortId())
                    .bind("programId", search.programId())
                    .bind("hubId", search.hubId());
            if (search.statuses() != null && !search.statuses().isEmpty()) {
                filter.bind("statuses", search.statuses());
            }
            if (visibility.limited() && !visibility.hubs().isEmpty()) {
                filter.bind("visibleHubs", visibility.hubs());
            }
        }
        if (search.scaleup() != null) {
            filter.where(
                    (search.scaleup() ? "" : "not ") + "exists (select 1 from Scaleup s where s.startupId = e.id)");
        }
        return filter;
    }

    /** PostgreSQL's uuid order (unsigned bytes), which {@link UUID#compareTo} does not follow. */
    private static final Comparator<UUID> PG_ORDER = Comparator.comparing(
                    UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    /** The first {@code max} startups of two id-ordered lists, by id, without repeats. */
    static List<Startup> merge(List<Startup> a, List<Startup> b, int max) {
        TreeMap<UUID, Startup> byId = new TreeMap<>(PG_ORDER);
        a.forEach(s -> byId.put(s.id, s));
        b.forEach(s -> byId.put(s.id, s));
        return byId.values().stream().limit(max).toList();
    }

    private String enrollmentClause(StartupSearch search) {
        List<String> parts = new ArrayList<>(List.of("n.startupId = e.id"));
        if (search.cohortId() != null) {
            parts.add("n.cohortId = :cohortId");
        }
        if (search.programId() != null) {
            parts.add("n.programId = :programId");
        }
        if (search.hubId() != null) {
            parts.add("n.hubId = :hubId");
        }
        if (search.statuses() != null && !search.statuses().isEmpty()) {
            parts.add("n.status in :statuses");
        }
        if (visibility.limited()) {
            parts.add(visibility.hubs().isEmpty() ? "1 = 0" : "n.hubCode in :visibleHubs");
        }
        return "exists (select 1 from Enrollment n where " + String.join(" and ", parts) + ")";
    }
}
