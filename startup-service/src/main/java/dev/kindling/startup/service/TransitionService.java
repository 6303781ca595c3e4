package dev.kindling.startup.service;

import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.FieldError;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.rest.Versioned;
import dev.kindling.startup.api.EnrollmentView;
import dev.kindling.startup.domain.Enrollment;
import dev.kindling.startup.domain.EnrollmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Moves an enrollment along its status machine. Locks in one order (enrollment row, cohort row when a
 * seat is taken or given back, then the counters), so concurrent moves serialise without deadlock.
 */
@ApplicationScoped
public class TransitionService {
    private final EntityManager em;
    private final Outbox outbox;
    private final Visibility visibility;
    private final Seats seats;
    private final Counters counters;
    private final History history;

    public TransitionService(
            EntityManager em, Outbox outbox, Visibility visibility, Seats seats, Counters counters, History history) {
        this.em = em;
        this.outbox = outbox;
        this.visibility = visibility;
        this.seats = seats;
        this.counters = counters;
        this.history = history;
    }

    @Transactional
    public Versioned<EnrollmentView> move(UUID id, EnrollmentStatus target, String reason, Long expectedVersion) {
        Enrollment enrollment = Enrollment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (enrollment == null || !visibility.canSeeHub(enrollment.hubCode)) {
            throw ProblemException.notFound("enrollment", id);
        }
        ETags.check(expectedVersion, enrollment.version);
        EnrollmentStatus from = enrollment.status;
        if (!from.canMoveTo(target)) {
            throw illegal(from, target);
        }
        if ((target == EnrollmentStatus.REJECTED || target == EnrollmentStatus.WITHDRAWN)
                && (reason == null || reason.isBlank())) {
            throw ProblemException.badRequest("reason", "is required to move an enrollment to " + target);
        }
        if (!from.holdsSeat() && target.holdsSeat()) {
            seats.take(enrollment.cohortId);
        } else if (from.holdsSeat() && !target.holdsSeat()) {
            seats.release(enrollment.cohortId);
        }
        counters.move(enrollment.programId, enrollment.hubId, enrollment.hubCode, from, target);
        enrollment.status = target;
        enrollment.statusChangedAt = StoredTime.now();
        history.record(enrollment, from, reason);
        em.flush();
        EnrollmentView view = Views.of(enrollment);
        outbox.record(
                "enrollment." + target.name().toLowerCase(Locale.ROOT),
                enrollment.id,
                List.of(enrollment.hubCode),
                view);
        return new Versioned<>(view, enrollment.version);
    }

    static ProblemException illegal(EnrollmentStatus from, EnrollmentStatus target) {
        String allowed = from.next().isEmpty()
                ? "none, " + from + " is final"
                : from.next().stream().map(Enum::name).collect(Collectors.joining(", "));
        return new ProblemException(
                ProblemType.ILLEGAL_TRANSITION,
                "An enrollment cannot move from " + from + " to " + target + "; allowed: " + allowed,
                List.of(new FieldError("status", "allowed next: " + allowed)),
                Map.of());
    }
}
