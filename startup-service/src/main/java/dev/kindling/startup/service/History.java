package dev.kindling.startup.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.startup.api.TransitionView;
import dev.kindling.startup.domain.Enrollment;
import dev.kindling.startup.domain.EnrollmentStatus;
import dev.kindling.startup.domain.EnrollmentTransition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The append-only record of every status move of an enrollment: from, to, when, who and why. */
@ApplicationScoped
public class History {
    private final EntityManager em;
    private final Visibility visibility;

    public History(EntityManager em, Visibility visibility) {
        this.em = em;
        this.visibility = visibility;
    }

    /** Records the move into the enrollment's current status (from is null for the application). */
    @Transactional(Transactional.TxType.MANDATORY)
    public TransitionView record(Enrollment enrollment, EnrollmentStatus from, String reason) {
        EnrollmentTransition transition = new EnrollmentTransition();
        transition.id = Ids.newId();
        transition.enrollmentId = enrollment.id;
        transition.fromStatus = from;
        transition.toStatus = enrollment.status;
        transition.at = enrollment.statusChangedAt;
        transition.bySubject = visibility.subject();
        transition.reason = reason;
        transition.persist();
        return Views.of(transition);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TransitionView> of(UUID enrollmentId, PageRequest page) {
        return Keyset.of(EnrollmentTransition.class)
                .where("e.enrollmentId = :enrollmentId", "enrollmentId", enrollmentId)
                .page(em, EnrollmentTransition.class, page, t -> t.id)
                .map(Views::of);
    }
}
