package dev.kindling.startup.service;

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
import dev.kindling.startup.api.CallRequest;
import dev.kindling.startup.api.CallView;
import dev.kindling.startup.api.EligibilityRules;
import dev.kindling.startup.domain.Call;
import dev.kindling.startup.domain.CallStatus;
import dev.kindling.startup.domain.Cohort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Calls for applications: drafted (and replaced) freely, then opened, which freezes the form and
 * rubric, then closed. A partner reads the calls of its hubs.
 */
@ApplicationScoped
public class CallService {
    private final EntityManager em;
    private final Outbox outbox;
    private final Visibility visibility;

    public CallService(EntityManager em, Outbox outbox, Visibility visibility) {
        this.em = em;
        this.outbox = outbox;
        this.visibility = visibility;
    }

    @Transactional
    public Versioned<CallView> create(CallRequest request) {
        Cohort cohort = Cohort.findById(request.cohortId());
        if (cohort == null || !visibility.canSeeHub(cohort.hubCode)) {
            throw ProblemException.invalidReference("cohortId", "no cohort with id " + request.cohortId());
        }
        Forms.checkDefinition(request);
        Call call = new Call();
        call.id = Ids.newId();
        call.cohortId = cohort.id;
        call.programId = cohort.programId;
        call.hubId = cohort.hubId;
        call.hubCode = cohort.hubCode;
        call.createdAt = StoredTime.now();
        call.createdBy = visibility.subject();
        fill(call, request);
        call.persist();
        em.flush();
        return changed(call, "call.created");
    }

    @Transactional
    public Versioned<CallView> replace(UUID id, long expectedVersion, CallRequest request) {
        Call call = visible(id);
        ETags.check(expectedVersion, call.version);
        if (call.status != CallStatus.DRAFT) {
            throw illegal(call, "only a DRAFT call can be replaced: the form and rubric are frozen once it opens");
        }
        if (!call.cohortId.equals(request.cohortId())) {
            throw ProblemException.badRequest("cohortId", "a call stays with its cohort; draft a new call instead");
        }
        Forms.checkDefinition(request);
        fill(call, request);
        em.flush();
        return changed(call, "call.updated");
    }

    /** DRAFT → OPEN (with at least one question and one criterion), or OPEN → CLOSED. */
    @Transactional
    public Versioned<CallView> move(UUID id, Long expectedVersion, CallStatus to) {
        Call call = visible(id);
        ETags.check(expectedVersion, call.version);
        CallStatus from = to == CallStatus.OPEN ? CallStatus.DRAFT : CallStatus.OPEN;
        if (call.status != from) {
            throw illegal(
                    call,
                    "it can move to "
                            + (call.status == CallStatus.DRAFT
                                    ? "OPEN"
                                    : call.status == CallStatus.OPEN ? "CLOSED" : "nothing"));
        }
        if (to == CallStatus.OPEN && (call.form.isEmpty() || call.rubric.isEmpty())) {
            throw illegal(call, "a call opens with at least one question and one rubric criterion");
        }
        call.status = to;
        call.updatedAt = StoredTime.now();
        em.flush();
        return changed(call, to == CallStatus.OPEN ? "call.opened" : "call.closed");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<CallView> get(UUID id) {
        Call call = visible(id);
        return new Versioned<>(view(call), call.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CallView> list(UUID cohortId, UUID programId, UUID hubId, CallStatus status, PageRequest page) {
        Keyset query = Keyset.of(Call.class)
                .where("e.cohortId = :cohortId", "cohortId", cohortId)
                .where("e.programId = :programId", "programId", programId)
                .where("e.hubId = :hubId", "hubId", hubId)
                .where("e.status = :status", "status", status);
        visibility.restrictHub(query, "e.hubCode");
        return query.page(em, Call.class, page, c -> c.id).map(CallService::view);
    }

    /** The call when the caller may see it (a partner: its hubs); else 404. */
    Call visible(UUID id) {
        Call call = Call.findById(id);
        if (call == null || !visibility.canSeeHub(call.hubCode)) {
            throw ProblemException.notFound("call", id);
        }
        return call;
    }

    private static void fill(Call call, CallRequest request) {
        call.title = request.title().trim();
        call.description = request.description();
        call.opensAt = request.opensAt();
        call.closesAt = request.closesAt();
        call.form = List.copyOf(request.form());
        call.eligibility = request.eligibility() == null ? EligibilityRules.ANYONE : request.eligibility();
        call.rubric = List.copyOf(request.rubric());
        call.reviewersPerApplication = request.reviewersPerApplication();
        call.blind = request.blind();
        call.updatedAt = StoredTime.now();
    }

    private Versioned<CallView> changed(Call call, String event) {
        CallView view = view(call);
        outbox.record(event, call.id, List.of(call.hubCode), view);
        return new Versioned<>(view, call.version);
    }

    private static ProblemException illegal(Call call, String why) {
        return new ProblemException(
                ProblemType.ILLEGAL_TRANSITION, "Call " + call.id + " is " + call.status + "; " + why);
    }

    static CallView view(Call c) {
        return new CallView(
                c.id,
                c.cohortId,
                c.programId,
                c.hubId,
                c.hubCode,
                c.title,
                c.description,
                c.opensAt,
                c.closesAt,
                c.status,
                c.accepting(StoredTime.now()),
                c.form,
                c.eligibility,
                c.rubric,
                c.reviewersPerApplication,
                c.blind,
                c.createdAt,
                c.updatedAt);
    }
}
