package dev.kindling.startup.service;

import dev.kindling.startup.domain.EnrollmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The (program, hub, metric) → n counters behind {@code /startup-stats}, changed in the transaction
 * of each enrollment transition or scale-up mark. Rows are always touched in alphabetical order of
 * metric, so concurrent moves lock them in the same order and cannot deadlock.
 */
@ApplicationScoped
public class Counters {
    public static final String SCALEUP = "SCALEUP";
    public static final String REACHED = "REACHED_";
    /** The statuses between APPLIED and GRADUATED whose reaching is counted for the funnel. */
    public static final Set<EnrollmentStatus> FUNNEL =
            EnumSet.of(EnrollmentStatus.SCREENING, EnrollmentStatus.ACCEPTED, EnrollmentStatus.ACTIVE);

    private final EntityManager em;

    public Counters(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(UUID programId, UUID hubId, String hubCode, String metric) {
        em.createNativeQuery("insert into program_hub_count (program_id, hub_id, hub_code, metric, n)"
                        + " values (?1, ?2, ?3, ?4, 1)"
                        + " on conflict (program_id, hub_id, metric) do update set n = program_hub_count.n + 1")
                .setParameter(1, programId)
                .setParameter(2, hubId)
                .setParameter(3, hubCode)
                .setParameter(4, metric)
                .executeUpdate();
    }

    /**
     * Moves one enrollment from one status counter to another; a forward move into SCREENING, ACCEPTED or
     * ACTIVE also raises that status's {@code REACHED_} counter, which the funnel reads (an enrollment
     * reaches each status at most once: the machine only moves forward). Rows are touched in metric order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(UUID programId, UUID hubId, String hubCode, EnrollmentStatus from, EnrollmentStatus to) {
        TreeMap<String, Integer> changes = new TreeMap<>();
        changes.put(from.name(), -1);
        changes.put(to.name(), +1);
        if (FUNNEL.contains(to)) {
            changes.put(reached(to), +1);
        }
        changes.forEach((metric, delta) -> {
            if (delta > 0) {
                add(programId, hubId, hubCode, metric);
            } else {
                remove(programId, hubId, metric);
            }
        });
    }

    /** The counter of enrollments that ever reached this status. */
    public static String reached(EnrollmentStatus status) {
        return REACHED + status.name();
    }

    private void remove(UUID programId, UUID hubId, String metric) {
        int changed = em.createNativeQuery("update program_hub_count set n = n - 1"
                        + " where program_id = ?1 and hub_id = ?2 and metric = ?3 and n > 0")
                .setParameter(1, programId)
                .setParameter(2, hubId)
                .setParameter(3, metric)
                .executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("Counter " + metric + " of " + programId + "/" + hubId + " is already 0");
        }
    }
}
