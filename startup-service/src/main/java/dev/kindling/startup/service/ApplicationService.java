package dev.kindling.startup.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.rest.Versioned;
import dev.kindling.startup.api.ApplicationRequest;
import dev.kindling.startup.api.ApplicationView;
import dev.kindling.startup.domain.Application;
import dev.kindling.startup.domain.ApplicationStatus;
import dev.kindling.startup.domain.Call;
import dev.kindling.startup.domain.Cohort;
import dev.kindling.startup.domain.Enrollment;
import dev.kindling.startup.domain.EnrollmentStatus;
import dev.kindling.startup.domain.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applications to calls: saved as drafts against an open call, submitted once (answers complete,
 * eligibility met, before the close), which makes the APPLIED enrollment in the same transaction so the
 * pipeline, counters and scoreboard see it; withdrawn at any time before a decision.
 */
@ApplicationScoped
public class ApplicationService {
    private final EntityManager em;
    private final Outbox outbox;
    private final Visibility visibility;
    private final CallService calls;
    private final StartupService startups;
    private final EnrollmentService enrollments;
    private final TransitionService transitions;
    private final ProgramHubCheck programHubs;

    public ApplicationService(
            EntityManager em,
            Outbox outbox,
            Visibility visibility,
            CallService calls,
            StartupService startups,
            EnrollmentService enrollments,
            TransitionService transitions,
            ProgramHubCheck programHubs) {
        this.em = em;
        this.outbox = outbox;
        this.visibility = visibility;
        this.calls = calls;
        this.startups = startups;
        this.enrollments = enrollments;
        this.transitions = transitions;
        this.programHubs = programHubs;
    }

    @Transactional
    public Versioned<ApplicationView> create(ApplicationRequest request) {
        Call call = Call.findById(request.callId());
        if (call == null || !visibility.canSeeHub(call.hubCode)) {
            throw ProblemException.invalidReference("callId", "no call with id " + request.callId());
        }
        requireAccepting(call);
        if (request.partnerId() != null) {
            programHubs.requirePartner(request.partnerId());
        }
        if ((request.startupId() == null) == (request.startup() == null)) {
            throw ProblemException.badRequest("startupId", "give either startupId or startup, not both or neither");
        }
        Startup startup;
        if (request.startupId() != null) {
            startup = Startup.findById(request.startupId());
            if (startup == null || !visibility.canSee(startup)) {
                throw ProblemException.invalidReference("startupId", "no startup with id " + request.startupId());
            }
        } else {
            startup = startups.findOrCreate(request.startup());
        }
        List<UUID> existing = em.createQuery(
                        "select a.id from Application a where a.callId = :c and a.startupId = :s", UUID.class)
                .setParameter("c", call.id)
                .setParameter("s", startup.id)
                .getResultList();
        if (!existing.isEmpty()) {
            throw ProblemException.duplicate(
                    "callId",
                    "already holds application " + existing.get(0) + " of startup " + startup.id,
                    "/api/v1/applications/" + existing.get(0));
        }
        Forms.checkAnswers(call.form, request.answers(), false);
        Application a = new Application();
        a.id = Ids.newId();
        a.callId = call.id;
        a.startupId = startup.id;
        a.hubId = call.hubId;
        a.hubCode = call.hubCode;
        a.answers = new LinkedHashMap<>(request.answers());
        a.partnerId = request.partnerId();
        a.createdAt = StoredTime.now();
        a.createdBy = visibility.subject();
        a.updatedAt = a.createdAt;
        a.persist();
        em.flush();
        return changed(a, "application.created");
    }

    @Transactional
    public Versioned<ApplicationView> replaceAnswers(UUID id, long expectedVersion, Map<String, JsonNode> answers) {
        Application a = visible(id);
        ETags.check(expectedVersion, a.version);
        requireStatus(a, Set.of(ApplicationStatus.DRAFT), "only a DRAFT's answers change");
        Call call = Call.findById(a.callId);
        Forms.checkAnswers(call.form, answers, false);
        a.answers = new LinkedHashMap<>(answers);
        a.updatedAt = StoredTime.now();
        em.flush();
        return changed(a, "application.updated");
    }

    /** DRAFT → SUBMITTED: complete answers, eligibility, before the close; makes the APPLIED enrollment. */
    @Transactional
    public Versioned<ApplicationView> submit(UUID id, Long expectedVersion) {
        Application a = visible(id);
        ETags.check(expectedVersion, a.version);
        requireStatus(a, Set.of(ApplicationStatus.DRAFT), "only a DRAFT is submitted");
        Call call = Call.findById(a.callId);
        requireAccepting(call);
        Forms.checkAnswers(call.form, a.answers, true);
        Startup startup = Startup.findById(a.startupId);
        Eligibility.require(call.eligibility, startup);
        Cohort cohort = Cohort.findById(call.cohortId);
        a.enrollmentId = enrollments
                .enrol(startup, cohort, "Application " + a.id + " to call " + call.title)
                .view()
                .id();
        a.status = ApplicationStatus.SUBMITTED;
        a.submittedAt = StoredTime.now();
        a.updatedAt = a.submittedAt;
        em.flush();
        return changed(a, "application.submitted");
    }

    /**
     * → WITHDRAWN, with the reason; a submitted one's enrollment is withdrawn too (through its own
     * transition, which frees a seat it held) unless it already ended (graduated, rejected, withdrawn).
     */
    @Transactional
    public Versioned<ApplicationView> withdraw(UUID id, Long expectedVersion, String reason) {
        Application a = visible(id);
        ETags.check(expectedVersion, a.version);
        requireStatus(a, Set.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED), "it is already withdrawn");
        if (a.enrollmentId != null) {
            Enrollment e = Enrollment.findById(a.enrollmentId);
            if (e.status.canMoveTo(EnrollmentStatus.WITHDRAWN)) {
                transitions.move(e.id, EnrollmentStatus.WITHDRAWN, reason, null);
            }
        }
        a.status = ApplicationStatus.WITHDRAWN;
        a.withdrawnAt = StoredTime.now();
        a.withdrawReason = reason;
        a.updatedAt = a.withdrawnAt;
        em.flush();
        return changed(a, "application.withdrawn");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ApplicationView> get(UUID id) {
        Application a = visible(id);
        return new Versioned<>(view(a), a.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApplicationView> list(UUID callId, UUID startupId, ApplicationStatus status, PageRequest page) {
        if (callId != null) {
            calls.visible(callId);
        }
        Keyset query = Keyset.of(Application.class)
                .where("e.callId = :callId", "callId", callId)
                .where("e.startupId = :startupId", "startupId", startupId)
                .where("e.status = :status", "status", status);
        visibility.restrictHub(query, "e.hubCode");
        visibility.restrictToAssigned(query);
        return query.page(em, Application.class, page, a -> a.id).map(ApplicationService::view);
    }

    private Application visible(UUID id) {
        Application a = Application.findById(id);
        if (a == null
                || !visibility.canSeeHub(a.hubCode)
                || (visibility.onlyReviewer() && !visibility.assigned(a.id))) {
            throw ProblemException.notFound("application", id);
        }
        return a;
    }

    private static void requireAccepting(Call call) {
        if (!call.accepting(StoredTime.now())) {
            throw ProblemException.conflict(
                    ProblemType.CALL_CLOSED,
                    "Call " + call.id + " is " + call.status + " and takes applications from " + call.opensAt
                            + " until " + call.closesAt + "; not now");
        }
    }

    private static void requireStatus(Application a, Set<ApplicationStatus> allowed, String why) {
        if (!allowed.contains(a.status)) {
            throw new ProblemException(
                    ProblemType.ILLEGAL_TRANSITION, "Application " + a.id + " is " + a.status + "; " + why);
        }
    }

    private Versioned<ApplicationView> changed(Application a, String event) {
        ApplicationView view = view(a);
        outbox.record(event, a.id, List.of(a.hubCode), view);
        return new Versioned<>(view, a.version);
    }

    static ApplicationView view(Application a) {
        return new ApplicationView(
                a.id,
                a.callId,
                a.startupId,
                a.hubCode,
                a.status,
                a.answers,
                a.partnerId,
                a.enrollmentId,
                a.submittedAt,
                a.withdrawnAt,
                a.withdrawReason,
                a.createdAt,
                a.updatedAt);
    }
}
