package dev.kindling.startup.service;

import dev.kindling.startup.domain.EnrollmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The (program, hub, metric) → n counters behind {@code /startup-stats}, changed in the transaction
 * of each enrollment transition or scale-up mark. Rows are always touched in alphabetical order of
 * metric, so concurrent moves lock them in the same order and cannot deadlock.
 */
@ApplicationScoped
public class Counters {
    public static final String SCALEUP = "SCALEUP";

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

    @Transactional(Transactional.TxType.MANDATORY)
    public void move(UUID programId, UUID hubId, String hubCode, EnrollmentStatus from, EnrollmentStatus to) {
        if (from.name().compareTo(to.name()) < 0) {
            remove(programId, hubId, from.name());
            add(programId, hubId, hubCode, to.name());
        } else {
            add(programId, hubId, hubCode, to.name());
            remove(programId, hubId, from.name());
        }
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
