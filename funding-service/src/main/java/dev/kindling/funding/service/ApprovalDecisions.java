package dev.kindling.funding.service;

import dev.kindling.common.money.Money;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.rest.Versioned;
import dev.kindling.common.security.Caller;
import dev.kindling.common.security.Roles;
import dev.kindling.funding.api.ApprovalRequestView;
import dev.kindling.funding.api.DisbursementRequest;
import dev.kindling.funding.domain.Allocation;
import dev.kindling.funding.domain.ApprovalKind;
import dev.kindling.funding.domain.ApprovalRequest;
import dev.kindling.funding.domain.ApprovalStatus;
import dev.kindling.funding.domain.Budget;
import dev.kindling.funding.domain.Disbursement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Approvals, rejections and cancellations, each in one transaction that first locks the request row,
 * so racing approvers are taken one after the other: a person counts once (one approval row per token
 * subject), the requester never counts, and the approval that reaches the policy's count executes the
 * movement under the ledger's conditional updates in the same transaction. If the money is no longer
 * there, that approval fails with the ledger's 409 and everything it did is rolled back.
 */
@ApplicationScoped
public class ApprovalDecisions {
    private static final Set<String> DEFAULT_APPROVERS = Set.of(Roles.ADMIN, Roles.MANAGER);

    private final EntityManager em;
    private final Caller caller;
    private final Outbox outbox;
    private final ApprovalRequests requests;
    private final ApprovalPolicies policies;
    private final AllocationWriter allocations;
    private final DisbursementWriter disbursements;

    public ApprovalDecisions(
            EntityManager em,
            Caller caller,
            Outbox outbox,
            ApprovalRequests requests,
            ApprovalPolicies policies,
            AllocationWriter allocations,
            DisbursementWriter disbursements) {
        this.em = em;
        this.caller = caller;
        this.outbox = outbox;
        this.requests = requests;
        this.policies = policies;
        this.allocations = allocations;
        this.disbursements = disbursements;
    }

    @Transactional
    public Versioned<ApprovalRequestView> approve(UUID id, String reason) {
        ApprovalRequest r = locked(id);
        String role = approverRole(r);
        if (r.requestedBy.equals(caller.subject())) {
            throw new ProblemException(
                    ProblemType.SELF_APPROVAL,
                    "You requested this " + r.kind.name().toLowerCase() + "; someone else must approve it",
                    List.of(),
                    Map.of());
        }
        int added = em.createNativeQuery("insert into approval (request_id, approver, role, reason, approved_at)"
                        + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, r.id)
                .setParameter(2, caller.subject())
                .setParameter(3, role)
                .setParameter(4, reason)
                .setParameter(5, StoredTime.now())
                .executeUpdate();
        if (added == 0) {
            return requests.versioned(r); // this person approved already: they count once
        }
        pending(r);
        r.approvals++;
        r.version++;
        boolean complete = r.approvals >= r.approvalsRequired;
        if (complete) {
            r.resultId = execute(r);
            close(r, ApprovalStatus.EXECUTED, reason);
        }
        em.flush();
        Versioned<ApprovalRequestView> after = requests.versioned(r);
        outbox.record("approval_request.approved", r.id, r.hubCode, after.view());
        if (complete) {
            outbox.record("approval_request.executed", r.id, r.hubCode, after.view());
        }
        return after;
    }

    @Transactional
    public Versioned<ApprovalRequestView> reject(UUID id, String reason) {
        ApprovalRequest r = locked(id);
        approverRole(r);
        return closed(r, ApprovalStatus.REJECTED, reason, "approval_request.rejected");
    }

    /** The requester withdraws the request (nobody else may). */
    @Transactional
    public Versioned<ApprovalRequestView> cancel(UUID id, String reason) {
        ApprovalRequest r = locked(id);
        if (!r.requestedBy.equals(caller.subject())) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "Only the requester can cancel a request; approvers reject it",
                    List.of(),
                    Map.of());
        }
        return closed(r, ApprovalStatus.CANCELLED, reason, "approval_request.cancelled");
    }

    /** Closes a pending request without moving money (rejected or cancelled) and records the event. */
    private Versioned<ApprovalRequestView> closed(
            ApprovalRequest r, ApprovalStatus status, String reason, String eventType) {
        pending(r);
        close(r, status, reason);
        em.flush();
        Versioned<ApprovalRequestView> after = requests.versioned(r);
        outbox.record(eventType, r.id, r.hubCode, after.view());
        return after;
    }

    private ApprovalRequest locked(UUID id) {
        ApprovalRequest r = em.find(ApprovalRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !requests.visible(r)) {
            throw ProblemException.notFound("approval request", id);
        }
        em.refresh(r);
        return r;
    }

    /** The caller's role that the budget's policy lets approve; 403 naming the allowed roles otherwise. */
    private String approverRole(ApprovalRequest r) {
        Set<String> allowed = policies.approverRoles(r.budgetId);
        for (String role : allowed.isEmpty() ? DEFAULT_APPROVERS : allowed) {
            if (caller.is(role)) {
                return role;
            }
        }
        throw new ProblemException(
                ProblemType.FORBIDDEN,
                "On this budget only " + String.join(" or ", allowed.isEmpty() ? DEFAULT_APPROVERS : allowed)
                        + " may approve or reject",
                List.of(),
                Map.of());
    }

    private static void pending(ApprovalRequest r) {
        if (r.status != ApprovalStatus.PENDING_APPROVAL) {
            throw new ProblemException(
                    ProblemType.ILLEGAL_TRANSITION,
                    "Approval request " + r.id + " is " + r.status + "; only a PENDING_APPROVAL request can change",
                    List.of(),
                    Map.of());
        }
    }

    private void close(ApprovalRequest r, ApprovalStatus status, String reason) {
        r.status = status;
        r.decidedAt = StoredTime.now();
        r.decidedBy = caller.subject();
        r.decisionReason = reason;
        r.version++;
    }

    /** Moves the money as a direct request would have, under the same conditional updates. */
    private UUID execute(ApprovalRequest r) {
        if (r.kind == ApprovalKind.ALLOCATION) {
            Budget budget = Budget.findById(r.budgetId);
            Allocation a = allocations.allocate(
                    budget,
                    r.year,
                    new Recipient(r.recipientType, r.recipientId, r.hubId, r.hubCode),
                    r.amount,
                    r.note);
            return a.id;
        }
        Disbursement d = disbursements.disburse(
                new DisbursementRequest(
                        r.allocationId, r.trancheId, Money.of(r.amount, r.currency), r.paidOn, r.externalReference),
                r.amount);
        return d.id;
    }
}
