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
import dev.kindling.startup.api.ScaleupRequest;
import dev.kindling.startup.api.ScaleupView;
import dev.kindling.startup.domain.Enrollment;
import dev.kindling.startup.domain.EnrollmentStatus;
import dev.kindling.startup.domain.Scaleup;
import dev.kindling.startup.domain.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scale-up marks. A startup is marked within a program it takes part in (an ACCEPTED, ACTIVE or
 * GRADUATED enrollment in one of the program's cohorts); the mark counts at that enrollment's hub.
 */
@ApplicationScoped
public class ScaleupService {
    private static final List<EnrollmentStatus> SEATED =
            List.of(EnrollmentStatus.ACCEPTED, EnrollmentStatus.ACTIVE, EnrollmentStatus.GRADUATED);

    private final EntityManager em;
    private final Outbox outbox;
    private final Visibility visibility;
    private final Counters counters;

    public ScaleupService(EntityManager em, Outbox outbox, Visibility visibility, Counters counters) {
        this.em = em;
        this.outbox = outbox;
        this.visibility = visibility;
        this.counters = counters;
    }

    @Transactional
    public ScaleupView mark(ScaleupRequest request) {
        Startup startup = Startup.findById(request.startupId());
        if (startup == null) {
            throw ProblemException.invalidReference("startupId", "no startup with id " + request.startupId());
        }
        List<Enrollment> seated = em.createQuery(
                        "select x from Enrollment x where x.startupId = :s and x.programId = :p"
                                + " and x.status in :seated order by x.id desc",
                        Enrollment.class)
                .setParameter("s", startup.id)
                .setParameter("p", request.programId())
                .setParameter("seated", SEATED)
                .setMaxResults(1)
                .getResultList();
        if (seated.isEmpty()) {
            throw ProblemException.ineligibleReference(
                    "programId",
                    "startup " + startup.id + " holds no ACCEPTED, ACTIVE or GRADUATED enrollment in program "
                            + request.programId());
        }
        List<UUID> existing = em.createQuery(
                        "select x.id from Scaleup x where x.startupId = :s and x.programId = :p", UUID.class)
                .setParameter("s", startup.id)
                .setParameter("p", request.programId())
                .getResultList();
        if (!existing.isEmpty()) {
            throw new ProblemException(
                    ProblemType.DUPLICATE,
                    "Startup " + startup.id + " is already a scale-up of this program: " + existing.get(0),
                    List.of(new FieldError("startupId", "already marked as " + existing.get(0))),
                    Map.of("Location", "/api/v1/scaleups/" + existing.get(0)));
        }
        Enrollment enrollment = seated.get(0);
        Scaleup scaleup = new Scaleup();
        scaleup.id = Ids.newId();
        scaleup.startupId = startup.id;
        scaleup.programId = request.programId();
        scaleup.hubId = enrollment.hubId;
        scaleup.hubCode = enrollment.hubCode;
        scaleup.markedOn = request.markedOn();
        scaleup.evidence = request.evidence().trim();
        scaleup.markedBy = visibility.subject();
        scaleup.createdAt = StoredTime.now();
        scaleup.persist();
        em.flush();
        counters.add(scaleup.programId, scaleup.hubId, scaleup.hubCode, Counters.SCALEUP);
        ScaleupView view = Views.of(scaleup);
        outbox.record("startup.scaleup_marked", startup.id, List.of(scaleup.hubCode), view);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScaleupView get(UUID id) {
        Scaleup scaleup = Scaleup.findById(id);
        if (scaleup == null || !visibility.canSeeHub(scaleup.hubCode)) {
            throw ProblemException.notFound("scaleup", id);
        }
        return Views.of(scaleup);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ScaleupView> list(UUID programId, UUID hubId, UUID startupId, PageRequest page) {
        Keyset query = Keyset.of(Scaleup.class)
                .where("e.programId = :programId", "programId", programId)
                .where("e.hubId = :hubId", "hubId", hubId)
                .where("e.startupId = :startupId", "startupId", startupId);
        visibility.restrictHub(query, "e.hubCode");
        return query.page(em, Scaleup.class, page, s -> s.id).map(Views::of);
    }
}
