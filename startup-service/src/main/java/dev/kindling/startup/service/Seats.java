package dev.kindling.startup.service;

import dev.kindling.common.problem.FieldError;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cohort's seats, taken by a conditional update ({@code … where seats_taken < capacity}): the row
 * lock it takes serialises concurrent accepts, and the condition is re-checked on the latest row, so
 * a cohort never holds more than its capacity whatever the concurrency.
 */
@ApplicationScoped
public class Seats {
    private final EntityManager em;

    public Seats(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void take(UUID cohortId) {
        int taken = em.createNativeQuery(
                        "update cohort set seats_taken = seats_taken + 1 where id = ?1 and seats_taken < capacity")
                .setParameter(1, cohortId)
                .executeUpdate();
        if (taken == 0) {
            Object capacity = em.createNativeQuery("select capacity from cohort where id = ?1")
                    .setParameter(1, cohortId)
                    .getSingleResult();
            throw new ProblemException(
                    ProblemType.COHORT_FULL,
                    "All " + capacity + " seats of cohort " + cohortId + " are taken",
                    List.of(new FieldError("cohortId", "has no seat left")),
                    Map.of());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID cohortId) {
        em.createNativeQuery("update cohort set seats_taken = seats_taken - 1 where id = ?1 and seats_taken > 0")
                .setParameter(1, cohortId)
                .executeUpdate();
    }
}
