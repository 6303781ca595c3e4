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
import dev.kindling.startup.api.CohortRequest;
import dev.kindling.startup.api.CohortView;
import dev.kindling.startup.domain.Cohort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Opens cohorts (after hub-service confirms program and hub) and reads them. */
@ApplicationScoped
public class CohortService {
    private final EntityManager em;
    private final Outbox outbox;
    private final Visibility visibility;
    private final ProgramHubCheck programHubCheck;

    public CohortService(EntityManager em, Outbox outbox, Visibility visibility, ProgramHubCheck programHubCheck) {
        this.em = em;
        this.outbox = outbox;
        this.visibility = visibility;
        this.programHubCheck = programHubCheck;
    }

    /**
     * The checks a new cohort needs before anything is written, hub-service's included: made outside any
     * transaction (no connection is held while hub-service answers). Answers the hub's code.
     */
    public String check(CohortRequest request) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.badRequest("endsOn", "must not be before startsOn");
        }
        return programHubCheck.hubCodeFor(request.programId(), request.hubId());
    }

    /** Opens the cohort {@link #check} allowed, at the hub whose code it answered. */
    @Transactional
    public Versioned<CohortView> create(CohortRequest request, String hubCode) {
        List<UUID> same = em.createQuery(
                        "select x.id from Cohort x where x.programId = :p and x.hubId = :h and lower(x.name) = :n",
                        UUID.class)
                .setParameter("p", request.programId())
                .setParameter("h", request.hubId())
                .setParameter("n", request.name().trim().toLowerCase(Locale.ROOT))
                .getResultList();
        if (!same.isEmpty()) {
            throw new ProblemException(
                    ProblemType.DUPLICATE,
                    "This program already has a cohort of that name at this hub: " + same.get(0),
                    List.of(new FieldError("name", "is taken by cohort " + same.get(0))),
                    Map.of("Location", "/api/v1/cohorts/" + same.get(0)));
        }
        Cohort cohort = new Cohort();
        cohort.id = Ids.newId();
        cohort.programId = request.programId();
        cohort.hubId = request.hubId();
        cohort.hubCode = hubCode;
        cohort.name = request.name().trim();
        cohort.startsOn = request.startsOn();
        cohort.endsOn = request.endsOn();
        cohort.capacity = request.capacity();
        cohort.createdBy = visibility.subject();
        cohort.createdAt = StoredTime.now();
        cohort.persist();
        em.flush();
        outbox.record("cohort.created", cohort.id, List.of(cohort.hubCode), Views.of(cohort));
        return new Versioned<>(Views.of(cohort), cohort.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<CohortView> get(UUID id) {
        Cohort cohort = visible(id);
        return new Versioned<>(Views.of(cohort), cohort.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CohortView> list(UUID programId, UUID hubId, PageRequest page) {
        Keyset query = Keyset.of(Cohort.class)
                .where("e.programId = :programId", "programId", programId)
                .where("e.hubId = :hubId", "hubId", hubId);
        visibility.restrictHub(query, "e.hubCode");
        return query.page(em, Cohort.class, page, c -> c.id).map(Views::of);
    }

    Cohort visible(UUID id) {
        Cohort cohort = Cohort.findById(id);
        if (cohort == null || !visibility.canSeeHub(cohort.hubCode)) {
            throw ProblemException.notFound("cohort", id);
        }
        return cohort;
    }
}
