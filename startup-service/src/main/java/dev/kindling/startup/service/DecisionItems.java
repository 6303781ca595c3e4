package dev.kindling.startup.service;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.startup.api.DecisionRequest;
import dev.kindling.startup.api.DecisionView;
import dev.kindling.startup.domain.Application;
import dev.kindling.startup.domain.ApplicationStatus;
import dev.kindling.startup.domain.Enrollment;
import dev.kindling.startup.domain.EnrollmentStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** One decision item in its own transaction: every step of it applied, or (on any refusal) none. */
@ApplicationScoped
public class DecisionItems {
    static final String CHANGED = "CHANGED";
    static final String UNCHANGED = "UNCHANGED";
    static final String FAILED = "FAILED";

    private final TransitionService transitions;

    public DecisionItems(TransitionService transitions) {
        this.transitions = transitions;
    }

    DecisionView.Result apply(UUID callId, DecisionRequest.Item item) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> move(callId, item));
        } catch (ProblemException e) {
            return new DecisionView.Result(
                    item.applicationId(),
                    null,
                    null,
                    item.status(),
                    FAILED,
                    e.type().uri(),
                    e.getMessage());
        }
    }

    private DecisionView.Result move(UUID callId, DecisionRequest.Item item) {
        Application a = Application.findById(item.applicationId());
        if (a == null || !a.callId.equals(callId)) {
            throw ProblemException.invalidReference(
                    "applicationId", "no application " + item.applicationId() + " to call " + callId);
        }
        if (a.status != ApplicationStatus.SUBMITTED) {
            throw ProblemException.ineligibleReference(
                    "applicationId", "application " + a.id + " is " + a.status + "; decisions are on SUBMITTED ones");
        }
        Enrollment e = Enrollment.findById(a.enrollmentId, LockModeType.PESSIMISTIC_WRITE);
        EnrollmentStatus from = e.status;
        if (from == item.status()) {
            return new DecisionView.Result(a.id, e.id, from, item.status(), UNCHANGED, null, null);
        }
        List<EnrollmentStatus> steps = DecisionService.path(from, item.status());
        if (steps.isEmpty()) {
            throw TransitionService.illegal(from, item.status());
        }
        for (EnrollmentStatus step : steps) {
            transitions.move(e.id, step, item.reason(), null);
        }
        return new DecisionView.Result(a.id, e.id, from, item.status(), CHANGED, null, null);
    }
}
