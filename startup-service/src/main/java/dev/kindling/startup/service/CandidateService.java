package dev.kindling.startup.service;

import dev.kindling.common.paging.Cursors;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.startup.api.CandidateView;
import dev.kindling.startup.domain.EnrollmentStatus;
import dev.kindling.startup.domain.KpiSnapshot;
import dev.kindling.startup.domain.OecdRule;
import dev.kindling.startup.domain.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Suggests scale-ups of a program by the OECD rule. It walks the program's taking-part startups
 * (ACCEPTED, ACTIVE or GRADUATED, not yet marked) in id order, {@code limit} at a time, and answers
 * those that meet the rule; a page may hold fewer items than the limit, so follow nextCursor.
 */
@ApplicationScoped
public class CandidateService {
    private static final List<EnrollmentStatus> SEATED =
            List.of(EnrollmentStatus.ACCEPTED, EnrollmentStatus.ACTIVE, EnrollmentStatus.GRADUATED);

    private final EntityManager em;
    private final Visibility visibility;

    public CandidateService(EntityManager em, Visibility visibility) {
        this.em = em;
        this.visibility = visibility;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CandidateView> candidates(UUID programId, LocalDate asOf, PageRequest page) {
        List<Object[]> scanned = scan(programId, page);
        boolean more = scanned.size() > page.limit();
        List<Object[]> rows = more ? scanned.subList(0, page.limit()) : scanned;
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        if (ids.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        Map<UUID, String> hubOf = rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
        Map<UUID, Startup> startups = em.createQuery("select x from Startup x where x.id in :ids", Startup.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(s -> s.id, s -> s));
        Map<UUID, List<OecdRule.Point>> points = em.createQuery(
                        "select x from KpiSnapshot x where x.startupId in :ids", KpiSnapshot.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        k -> k.startupId,
                        Collectors.mapping(
                                k -> new OecdRule.Point(k.asOf, k.headcount, k.revenueAmount, k.revenueCurrency),
                                Collectors.toList())));
        List<CandidateView> items = new ArrayList<>();
        for (UUID id : ids) {
            OecdRule.Assessment a = OecdRule.assess(points.getOrDefault(id, List.of()), asOf);
            if (a.meets()) {
                items.add(new CandidateView(
                        id,
                        startups.get(id).name,
                        hubOf.get(id),
                        a.start().asOf(),
                        a.end().asOf(),
                        a.start().headcount(),
                        a.end().headcount(),
                        AssessmentService.percent(a.employeeGrowth()),
                        AssessmentService.percent(a.revenueGrowth()),
                        a.reasons()));
            }
        }
        return new Page<>(items, more ? Cursors.encode(ids.get(ids.size() - 1)) : null);
    }

    /** (startup id, hub code) of the program's taking-part, unmarked startups after the cursor. */
    private List<Object[]> scan(UUID programId, PageRequest page) {
        Keyset query = Keyset.select("select e.startupId, min(e.hubCode) from Enrollment e")
                .where("e.programId = :programId", "programId", programId)
                .where("e.status in :seated", "seated", SEATED)
                .where("not exists (select 1 from Scaleup s where s.startupId = e.startupId"
                        + " and s.programId = e.programId)");
        visibility.restrictHub(query, "e.hubCode");
        return query.keyedBy("e.startupId").groupBy("e.startupId").fetch(em, Object[].class, page);
    }
}
