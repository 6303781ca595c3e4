package dev.kindling.startup.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.FieldError;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.rest.Versioned;
import dev.kindling.startup.api.EnrollmentRequest;
import dev.kindling.startup.api.EnrollmentView;
import dev.kindling.startup.api.TransitionView;
import dev.kindling.startup.domain.Cohort;
import dev.kindling.startup.domain.Enrollment;
import dev.kindling.startup.domain.EnrollmentStatus;
import dev.kindling.startup.domain.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Applications of startups to cohorts (one per startup and cohort), and reading enrollments. */
@ApplicationScoped
public class EnrollmentService {
    private final EntityManager em;
    private final Outbox outbox;
    private final Visibility visibility;
    private final Counters counters;
    private final History history;

    public EnrollmentService(
            EntityManager em, Outbox outbox, Visibility visibility, Counters counters, History history) {
        this.em = em;
        this.outbox = outbox;
        this.visibility = visibility;
        this.counters = counters;
        this.history = history;
    }

    @Transactional
    public Versioned<EnrollmentView> apply(EnrollmentRequest request) {
        Startup startup = Startup.findById(request.startupId());
        if (startup == null || !visibility.canSee(startup)) {
            throw ProblemException.invalidReference("startupId", "no startup with id " + request.startupId());
        }
        Cohort cohort = Cohort.findById(request.cohortId());
        if (cohort == null || !visibility.canSeeHub(cohort.hubCode)) {
            throw ProblemException.invalidReference("cohortId", "no cohort with id " + request.cohortId());
        }
        return enrol(startup, cohort, request.note());
    }

    /**
     * The APPLIED enrollment of a startup in a cohort, with its history, counters and event; 409 when
     * the startup already has one there. The caller has checked who may enrol whom.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Versioned<EnrollmentView> enrol(Startup startup, Cohort cohort, String note) {
        List<UUID> existing = em.createQuery(
                        "select x.id from Enrollment x where x.startupId = :s and x.cohortId = :c", UUID.class)
                .setParameter("s", startup.id)
                .setParameter("c", cohort.id)
                .getResultList();
        if (!existing.isEmpty()) {
            throw new ProblemException(
                    ProblemType.DUPLICATE,
                    "Startup " + startup.id + " already applied to cohort " + cohort.id + ": enrollment "
                            + existing.get(0),
                    List.of(new FieldError("cohortId", "already holds enrollment " + existing.get(0))),
                    Map.of("Location", "/api/v1/enrollments/" + existing.get(0)));
        }
        Enrollment enrollment = new Enrollment();
        enrollment.id = Ids.newId();
        enrollment.startupId = startup.id;
        enrollment.cohortId = cohort.id;
        enrollment.programId = cohort.programId;
        enrollment.hubId = cohort.hubId;
        enrollment.hubCode = cohort.hubCode;
        enrollment.status = EnrollmentStatus.APPLIED;
        enrollment.note = note;
        enrollment.createdBy = visibility.subject();
        enrollment.createdAt = StoredTime.now();
        enrollment.statusChangedAt = enrollment.createdAt;
        enrollment.persist();
        em.flush();
        history.record(enrollment, null, note);
        counters.add(cohort.programId, cohort.hubId, cohort.hubCode, EnrollmentStatus.APPLIED.name());
        outbox.record("enrollment.applied", enrollment.id, List.of(enrollment.hubCode), Views.of(enrollment));
        return new Versioned<>(Views.of(enrollment), enrollment.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<EnrollmentView> get(UUID id) {
        Enrollment enrollment = visible(id);
        return new Versioned<>(Views.of(enrollment), enrollment.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EnrollmentView> list(
            UUID startupId,
            UUID cohortId,
            UUID programId,
            UUID hubId,
            List<EnrollmentStatus> statuses,
            PageRequest page) {
        Keyset query = Keyset.of(Enrollment.class)
                .where("e.startupId = :startupId", "startupId", startupId)
                .where("e.cohortId = :cohortId", "cohortId", cohortId)
                .where("e.programId = :programId", "programId", programId)
                .where("e.hubId = :hubId", "hubId", hubId)
                .whereAnyOf("e.status in :statuses", "statuses", statuses);
        visibility.restrictHub(query, "e.hubCode");
        return query.page(em, Enrollment.class, page, e -> e.id).map(Views::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TransitionView> history(UUID id, PageRequest page) {
        return history.of(visible(id).id, page);
    }

    Enrollment visible(UUID id) {
        Enrollment enrollment = Enrollment.findById(id);
        if (enrollment == null || !visibility.canSeeHub(enrollment.hubCode)) {
            throw ProblemException.notFound("enrollment", id);
        }
        return enrollment;
    }
}
