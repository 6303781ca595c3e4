package dev.kindling.startup.service;

import dev.kindling.startup.api.StatsView;
import dev.kindling.startup.domain.ApplicationStatus;
import dev.kindling.startup.domain.EnrollmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Enrollment counts by status and scale-up counts per (program, hub), read from the maintained
 * counters: a handful of rows whatever the number of enrollments. Partners see their hubs' groups.
 */
@ApplicationScoped
public class StatsService {
    private final EntityManager em;
    private final Visibility visibility;

    public StatsService(EntityManager em, Visibility visibility) {
        this.em = em;
        this.visibility = visibility;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StatsView stats(UUID programId, UUID hubId) {
        List<String> where = new ArrayList<>();
        if (programId != null) {
            where.add("program_id = :programId");
        }
        if (hubId != null) {
            where.add("hub_id = :hubId");
        }
        if (visibility.limited()) {
            where.add(visibility.hubs().isEmpty() ? "false" : "hub_code in (:hubs)");
        }
        Query query = em.createNativeQuery("select program_id, hub_id, hub_code, metric, n from program_hub_count"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by program_id, hub_code, hub_id");
        if (programId != null) {
            query.setParameter("programId", programId);
        }
        if (hubId != null) {
            query.setParameter("hubId", hubId);
        }
        if (visibility.limited() && !visibility.hubs().isEmpty()) {
            query.setParameter("hubs", visibility.hubs());
        }
        Map<List<Object>, Acc> groups = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            Acc acc =
                    groups.computeIfAbsent(List.of(r[0], r[1]), k -> new Acc((UUID) r[0], (UUID) r[1], (String) r[2]));
            long n = ((Number) r[4]).longValue();
            String metric = (String) r[3];
            if (Counters.SCALEUP.equals(metric)) {
                acc.scaleups = n;
            } else if (metric.startsWith(Counters.REACHED)) {
                acc.reached.put(metric, n);
            } else {
                acc.counts.put(metric, n);
            }
        }
        return new StatsView(groups.values().stream().map(Acc::group).toList(), calls(programId, hubId));
    }

    private List<StatsView.CallCounts> calls(UUID programId, UUID hubId) {
        boolean limited = visibility.limited();
        if (limited && visibility.hubs().isEmpty()) {
            return List.of();
        }
        var query = em.createQuery(
                        "select c.id, c.programId, c.hubId, c.hubCode, c.title,"
                                + " sum(case when a.status = :draft then 1 else 0 end),"
                                + " sum(case when a.status = :submitted then 1 else 0 end),"
                                + " sum(case when a.status = :withdrawn then 1 else 0 end)"
                                + " from Call c left join Application a on a.callId = c.id"
                                + " where 1 = 1"
                                + (programId != null ? " and c.programId = :programId" : "")
                                + (hubId != null ? " and c.hubId = :hubId" : "")
                                + (limited ? " and c.hubCode in :hubs" : "")
                                + " group by c.id, c.programId, c.hubId, c.hubCode, c.title"
                                + " order by c.hubCode, c.id",
                        Object[].class)
                .setParameter("draft", ApplicationStatus.DRAFT)
                .setParameter("submitted", ApplicationStatus.SUBMITTED)
                .setParameter("withdrawn", ApplicationStatus.WITHDRAWN);
        if (programId != null) {
            query.setParameter("programId", programId);
        }
        if (hubId != null) {
            query.setParameter("hubId", hubId);
        }
        if (limited) {
            query.setParameter("hubs", visibility.hubs());
        }
        return query.getResultList().stream()
                .map(r -> new StatsView.CallCounts(
                        (UUID) r[0],
                        (UUID) r[1],
                        (UUID) r[2],
                        (String) r[3],
                        (String) r[4],
                        count(r[5]),
                        count(r[6]),
                        count(r[7])))
                .toList();
    }

    private static long count(Object n) {
        return n == null ? 0 : ((Number) n).longValue();
    }

    private static final class Acc {
        final UUID programId;
        final UUID hubId;
        final String hubCode;
        final Map<String, Long> counts = new LinkedHashMap<>();
        final Map<String, Long> reached = new LinkedHashMap<>();
        long scaleups;

        Acc(UUID programId, UUID hubId, String hubCode) {
            this.programId = programId;
            this.hubId = hubId;
            this.hubCode = hubCode;
            for (EnrollmentStatus status : EnrollmentStatus.values()) {
                counts.put(status.name(), 0L);
            }
        }

        StatsView.Group group() {
            long applied = counts.values().stream().mapToLong(Long::longValue).sum();
            return new StatsView.Group(
                    programId,
                    hubId,
                    hubCode,
                    counts,
                    scaleups,
                    new StatsView.Funnel(
                            applied,
                            reached(EnrollmentStatus.SCREENING),
                            reached(EnrollmentStatus.ACCEPTED),
                            reached(EnrollmentStatus.ACTIVE),
                            counts.get(EnrollmentStatus.GRADUATED.name())));
        }

        private long reached(EnrollmentStatus status) {
            return reached.getOrDefault(Counters.reached(status), 0L);
        }
    }
}
