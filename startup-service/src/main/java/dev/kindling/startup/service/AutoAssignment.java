package dev.kindling.startup.service;

import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.problem.FieldError;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.startup.api.AutoAssignmentView;
import dev.kindling.startup.domain.ApplicationStatus;
import dev.kindling.startup.domain.Call;
import dev.kindling.startup.domain.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Tops every submitted application of a call up to the call's number of reviewers from a pool (see
 * {@link Assigner}). The call row is locked for the whole run, so two managers asking at once make one
 * assignment set: the second finds every application already served and assigns nothing. All or nothing:
 * when some application cannot get enough eligible reviewers, 409 names each and nothing is written.
 * A reviewer whose review of an application was removed is not assigned to it again automatically.
 */
@ApplicationScoped
public class AutoAssignment {
    static final int NAMED_SHORTFALLS = 100;
    static final String AUTOMATIC = "automatic assignment";

    private final EntityManager em;
    private final Outbox outbox;
    private final Visibility visibility;
    private final Conflicts conflicts;
    private final ReviewService reviews;
    private final ReviewRows rows;

    public AutoAssignment(
            EntityManager em,
            Outbox outbox,
            Visibility visibility,
            Conflicts conflicts,
            ReviewService reviews,
            ReviewRows rows) {
        this.em = em;
        this.outbox = outbox;
        this.visibility = visibility;
        this.conflicts = conflicts;
        this.reviews = reviews;
        this.rows = rows;
    }

    @Transactional
    public AutoAssignmentView assign(UUID callId, List<String> pool) {
        Call call = reviews.lockCall(callId);
        conflicts.lock(pool);
        List<Applicant> applications = em.createQuery(
                        "select a.id, a.startupId, a.partnerId, a.hubCode from Application a"
                                + " where a.callId = :c and a.status = :s order by a.id",
                        Object[].class)
                .setParameter("c", call.id)
                .setParameter("s", ApplicationStatus.SUBMITTED)
                .getResultStream()
                .map(r -> new Applicant((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3]))
                .toList();
        Map<UUID, Set<String>> current = new HashMap<>();
        Map<String, Integer> loads = new HashMap<>();
        em.createQuery(
                        "select r.applicationId, r.reviewer from Review r where r.callId = :c and r.status <> :removed",
                        Object[].class)
                .setParameter("c", call.id)
                .setParameter("removed", ReviewStatus.REMOVED)
                .getResultList()
                .forEach(row -> {
                    current.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add((String) row[1]);
                    loads.merge((String) row[1], 1, Integer::sum);
                });
        Set<String> excluded = conflicts.of(pool);
        excluded.addAll(removedPairs(call.id));
        Map<UUID, Applicant> byId = new HashMap<>();
        applications.forEach(a -> byId.put(a.id(), a));
        Assigner.Plan plan = Assigner.plan(
                applications.stream()
                        .map(a -> new Assigner.Need(a.id(), current.getOrDefault(a.id(), Set.of())))
                        .toList(),
                pool,
                loads,
                call.reviewersPerApplication,
                (reviewer, applicationId) -> excluded(excluded, reviewer, byId.get(applicationId)));
        if (!plan.shortfalls().isEmpty()) {
            throw shortfall(plan.shortfalls());
        }
        List<ReviewRows.NewReview> fresh = new ArrayList<>();
        plan.assignments()
                .forEach((applicationId, chosen) -> chosen.forEach(reviewer -> fresh.add(new ReviewRows.NewReview(
                        applicationId, byId.get(applicationId).hubCode(), reviewer))));
        int assigned = fresh.size();
        rows.insert(call.id, fresh, visibility.subject(), AUTOMATIC);
        em.flush();
        Map<String, Integer> poolLoads = new TreeMap<>();
        pool.forEach(r -> poolLoads.put(r, plan.loads().getOrDefault(r, 0)));
        AutoAssignmentView view = new AutoAssignmentView(call.id, applications.size(), assigned, poolLoads);
        if (assigned > 0) {
            outbox.record("call.reviewers_assigned", call.id, List.of(), view);
        }
        return view;
    }

    /** What the assignment needs of an application. */
    private record Applicant(UUID id, UUID startupId, UUID partnerId, String hubCode) {}

    /**
     * Whether a reviewer is kept off an application: a declared conflict with its startup or partner, or a
     * review of it that a manager (or a conflict) removed; a manager may still assign such a pair by hand.
     */
    private static boolean excluded(Set<String> keys, String reviewer, Applicant a) {
        return Conflicts.blocks(keys, reviewer, a.startupId(), a.partnerId())
                || keys.contains(Conflicts.key(reviewer, a.id()));
    }

    /** The call's removed reviews as {@link Conflicts#key}s of reviewer and application. */
    private Set<String> removedPairs(UUID callId) {
        Set<String> keys = new HashSet<>();
        em.createQuery(
                        "select r.reviewer, r.applicationId from Review r where r.callId = :c and r.status = :removed",
                        Object[].class)
                .setParameter("c", callId)
                .setParameter("removed", ReviewStatus.REMOVED)
                .getResultList()
                .forEach(r -> keys.add(Conflicts.key((String) r[0], (UUID) r[1])));
        return keys;
    }

    private static ProblemException shortfall(List<Assigner.Shortfall> shortfalls) {
        List<FieldError> errors = shortfalls.stream()
                .limit(NAMED_SHORTFALLS)
                .map(s -> new FieldError(
                        "applications." + s.applicationId(),
                        "needs " + s.needed() + " more reviewer(s); " + s.eligible() + " eligible in the pool"))
                .toList();
        return new ProblemException(
                ProblemType.REVIEWERS_SHORT,
                shortfalls.size() + " application(s) cannot get enough reviewers from this pool"
                        + (shortfalls.size() > NAMED_SHORTFALLS ? " (the first " + NAMED_SHORTFALLS + " named)" : "")
                        + "; add reviewers or resolve conflicts; nothing was assigned",
                errors,
                Map.of());
    }
}
