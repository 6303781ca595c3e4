package dev.kindling.funding.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Versioned;
import dev.kindling.common.security.Caller;
import dev.kindling.funding.api.ApprovalRequestView;
import dev.kindling.funding.domain.Allocation;
import dev.kindling.funding.domain.ApprovalKind;
import dev.kindling.funding.domain.ApprovalRequest;
import dev.kindling.funding.domain.ApprovalStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Allocations and disbursements held for approval: made by a requester, approved by distinct other
 * people until the policy's count is reached, and then executed in the approving transaction (see
 * {@link ApprovalDecisions}). A pending request reserves nothing, so it can never make money go wrong
 * while it waits: at execution the usual conditional updates decide, and a request the budget or
 * allocation can no longer cover fails its last approval with 409, moving nothing.
 */
@ApplicationScoped
public class ApprovalRequests {
    private final EntityManager em;
    private final Caller caller;
    private final Outbox outbox;
    private final ApprovalPolicies policies;

    public ApprovalRequests(EntityManager em, Caller caller, Outbox outbox, ApprovalPolicies policies) {
        this.em = em;
        this.caller = caller;
        this.outbox = outbox;
        this.policies = policies;
    }

    /** When the budget's policy holds this allocation for approval: the request made for it. */
    @Transactional
    public Optional<Versioned<ApprovalRequestView>> holdAllocation(AllocationService.AllocationPlan plan) {
        int required = policies.required(plan.budget().id, ApprovalKind.ALLOCATION, plan.amount());
        return required == 0 ? Optional.empty() : Optional.of(requestAllocation(plan, required));
    }

    /** When the budget's policy holds this payment for approval: the request made for it. */
    @Transactional
    public Optional<Versioned<ApprovalRequestView>> holdDisbursement(DisbursementService.PaymentPlan plan) {
        Allocation a = Allocation.findById(plan.request().allocationId());
        int required = policies.required(a.budgetId, ApprovalKind.DISBURSEMENT, plan.amount());
        return required == 0 ? Optional.empty() : Optional.of(requestDisbursement(plan, required));
    }

    private Versioned<ApprovalRequestView> requestAllocation(AllocationService.AllocationPlan plan, int required) {
        ApprovalRequest r =
                base(plan.budget().id, ApprovalKind.ALLOCATION, plan.budget().currency, plan.amount(), required);
        r.year = plan.year();
        r.recipientType = plan.recipient().type();
        r.recipientId = plan.recipient().id();
        r.hubId = plan.recipient().hubId();
        r.hubCode = plan.recipient().hubCode();
        r.note = plan.note();
        return requested(r);
    }

    private Versioned<ApprovalRequestView> requestDisbursement(DisbursementService.PaymentPlan plan, int required) {
        Allocation a = Allocation.findById(plan.request().allocationId());
        ApprovalRequest r = base(a.budgetId, ApprovalKind.DISBURSEMENT, a.currency, plan.amount(), required);
        r.allocationId = a.id;
        r.trancheId = plan.request().trancheId();
        r.hubId = a.hubId;
        r.hubCode = a.hubCode;
        r.paidOn = plan.request().paidOn();
        r.externalReference = plan.request().externalReference();
        return requested(r);
    }

    /** The request, when the caller may see it (a partner only those of its hubs); else 404. */
    public ApprovalRequest get(UUID id) {
        ApprovalRequest r = ApprovalRequest.findById(id);
        if (r == null || !visible(r)) {
            throw ProblemException.notFound("approval request", id);
        }
        return r;
    }

    public Versioned<ApprovalRequestView> view(UUID id) {
        return versioned(get(id));
    }

    /** The queue: requests by status, budget and kind, oldest first within the page order (ids are time-ordered). */
    public Page<ApprovalRequestView> list(ApprovalStatus status, UUID budgetId, ApprovalKind kind, PageRequest page) {
        Keyset query = Keyset.of(ApprovalRequest.class)
                .where("e.status = :status", "status", status)
                .where("e.budgetId = :budgetId", "budgetId", budgetId)
                .where("e.kind = :kind", "kind", kind);
        if (caller.isHubScoped()) {
            if (caller.hubs().isEmpty()) {
                return new Page<>(List.of(), null);
            }
            query.where("e.hubCode in :hubCodes", "hubCodes", caller.hubs());
        }
        return query.page(em, ApprovalRequest.class, page, r -> r.id).map(this::view);
    }

    boolean visible(ApprovalRequest r) {
        return !caller.isHubScoped() || (r.hubCode != null && caller.canSeeHub(r.hubCode));
    }

    Versioned<ApprovalRequestView> versioned(ApprovalRequest r) {
        return new Versioned<>(view(r), r.version);
    }

    private ApprovalRequestView view(ApprovalRequest r) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select approver, role, reason, approved_at from approval"
                        + " where request_id = ?1 order by approved_at, approver")
                .setParameter(1, r.id)
                .getResultList();
        List<ApprovalRequestView.Approval> approvals = rows.stream()
                .map(a -> new ApprovalRequestView.Approval(
                        (String) a[0], (String) a[1], (String) a[2], ApprovalPolicies.toOffset(a[3])))
                .toList();
        return Views.approvalRequest(r, approvals);
    }

    private ApprovalRequest base(UUID budgetId, ApprovalKind kind, String currency, BigDecimal amount, int required) {
        ApprovalRequest r = new ApprovalRequest();
        r.id = Ids.newId();
        r.budgetId = budgetId;
        r.kind = kind;
        r.status = ApprovalStatus.PENDING_APPROVAL;
        r.currency = currency;
        r.amount = amount;
        r.approvalsRequired = required;
        r.requestedAt = StoredTime.now();
        r.requestedBy = caller.subject();
        return r;
    }

    private Versioned<ApprovalRequestView> requested(ApprovalRequest r) {
        r.persist();
        em.flush();
        Versioned<ApprovalRequestView> view = versioned(r);
        outbox.record("approval_request.created", r.id, r.hubCode, view.view());
        return view;
    }
}
