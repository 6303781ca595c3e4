package dev.kindling.funding.service;

import dev.kindling.common.money.Money;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.funding.api.AllocationView;
import dev.kindling.funding.api.AmendmentView;
import dev.kindling.funding.api.ApprovalRequestView;
import dev.kindling.funding.api.Balance;
import dev.kindling.funding.api.BudgetLineView;
import dev.kindling.funding.api.BudgetView;
import dev.kindling.funding.api.DisbursementView;
import dev.kindling.funding.api.JournalEntryView;
import dev.kindling.funding.api.RecipientView;
import dev.kindling.funding.api.ReversalView;
import dev.kindling.funding.api.TrancheView;
import dev.kindling.funding.domain.Allocation;
import dev.kindling.funding.domain.Amendment;
import dev.kindling.funding.domain.ApprovalRequest;
import dev.kindling.funding.domain.Budget;
import dev.kindling.funding.domain.BudgetLine;
import dev.kindling.funding.domain.Disbursement;
import dev.kindling.funding.domain.JournalEntry;
import dev.kindling.funding.domain.MilestoneEvent;
import dev.kindling.funding.domain.Reversal;
import dev.kindling.funding.domain.Tranche;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** Maps entities to the API's records, by hand; amounts at their currency's precision. */
public final class Views {
    private Views() {}

    public static Money money(BigDecimal amount, String currency) {
        return Money.of(amount, currency);
    }

    public static Balance balance(BigDecimal total, BigDecimal committed, BigDecimal disbursed, String currency) {
        return new Balance(
                money(total, currency),
                money(committed, currency),
                money(disbursed, currency),
                money(total.subtract(committed), currency));
    }

    public static BudgetView budget(Budget b, List<BudgetLine> lines) {
        String c = b.currency;
        return new BudgetView(
                b.id,
                b.programId,
                b.name,
                b.source,
                b.kind,
                c,
                b.startsOn,
                b.endsOn,
                money(b.total, c),
                money(b.committed, c),
                money(b.disbursed, c),
                money(b.total.subtract(b.committed), c),
                lines.stream()
                        .map(l -> new BudgetLineView(
                                l.year(),
                                money(l.total, c),
                                money(l.committed, c),
                                money(l.disbursed, c),
                                money(l.total.subtract(l.committed), c)))
                        .toList(),
                b.createdAt);
    }

    public static AllocationView allocation(Allocation a) {
        String c = a.currency;
        return new AllocationView(
                a.id,
                a.budgetId,
                a.year,
                new RecipientView(a.recipientType, a.recipientId, a.hubId, a.hubCode),
                money(a.amount, c),
                money(a.released, c),
                money(a.disbursed, c),
                money(a.scheduled, c),
                money(a.amount.subtract(a.released).subtract(a.disbursed), c),
                a.status,
                a.note,
                a.closeReason,
                a.createdAt,
                a.closedAt);
    }

    public static TrancheView tranche(Tranche t, boolean overdue, List<MilestoneEvent> history) {
        String c = t.currency;
        TrancheView.Evidence evidence = t.submittedAt == null
                ? null
                : new TrancheView.Evidence(t.evidenceText, List.of(t.evidenceLinks), t.submittedAt, t.submittedBy);
        List<TrancheView.Step> steps = history.stream()
                .map(e ->
                        new TrancheView.Step(e.status, e.evidenceText, List.of(e.evidenceLinks), e.reason, e.at, e.by))
                .toList();
        return new TrancheView(
                t.id,
                t.allocationId,
                t.budgetId,
                t.hubCode,
                money(t.amount, c),
                money(t.disbursed, c),
                money(t.amount.subtract(t.disbursed), c),
                t.dueOn,
                overdue,
                new TrancheView.Milestone(
                        t.milestoneTitle,
                        t.evidenceRequired,
                        t.milestoneStatus,
                        evidence,
                        t.decisionReason,
                        t.decidedAt,
                        t.decidedBy,
                        steps),
                t.createdAt);
    }

    public static DisbursementView disbursement(Disbursement d, Reversal r) {
        return new DisbursementView(
                d.id,
                d.allocationId,
                d.trancheId,
                d.budgetId,
                money(d.amount, d.currency),
                d.paidOn,
                d.externalReference,
                d.createdAt,
                r == null ? null : new ReversalView(r.id, r.reason, r.reversedAt, r.reversedBy));
    }

    public static AmendmentView amendment(Amendment a, String currency) {
        return new AmendmentView(
                a.id,
                a.budgetId,
                a.year,
                money(a.oldTotal, currency),
                money(a.newTotal, currency),
                a.reason,
                a.amendedAt,
                a.amendedBy);
    }

    public static JournalEntryView journal(JournalEntry e) {
        return new JournalEntryView(
                e.id,
                e.type,
                money(e.amount, e.currency),
                e.year,
                e.allocationId,
                e.disbursementId,
                e.recipientType,
                e.recipientId,
                e.hubCode,
                e.createdAt,
                e.createdBy);
    }

    public static ApprovalRequestView approvalRequest(ApprovalRequest r, List<ApprovalRequestView.Approval> approvals) {
        RecipientView recipient =
                r.recipientType == null ? null : new RecipientView(r.recipientType, r.recipientId, r.hubId, r.hubCode);
        long age = Math.max(0, Duration.between(r.requestedAt, StoredTime.now()).toSeconds());
        return new ApprovalRequestView(
                r.id,
                r.budgetId,
                r.kind,
                r.status,
                money(r.amount, r.currency),
                r.approvalsRequired,
                approvals,
                r.year,
                recipient,
                r.note,
                r.allocationId,
                r.trancheId,
                r.paidOn,
                r.externalReference,
                r.requestedBy,
                r.requestedAt,
                age,
                r.decidedAt,
                r.decidedBy,
                r.decisionReason,
                r.resultId);
    }
}
