package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import dev.kindling.funding.domain.MilestoneStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tranche of an allocation's schedule, what was paid of it, and its milestone's review. */
public record TrancheView(
        UUID id,
        UUID allocationId,
        UUID budgetId,
        @Schema(nullable = true, description = "The recipient's hub, when it has one") String hubCode,
        Money amount,
        Money disbursed,
        @Schema(description = "Still payable once the milestone is approved: amount - disbursed") Money remaining,
        LocalDate dueOn,
        @Schema(description = "Due date passed and milestone not approved, on an open allocation") boolean overdue,
        Milestone milestone,
        OffsetDateTime createdAt) {

    public record Milestone(
            String title,
            @Schema(nullable = true) String evidenceRequired,
            MilestoneStatus status,
            @Schema(nullable = true, description = "The evidence last submitted") Evidence evidence,
            @Schema(nullable = true, description = "Why it was approved (optional) or rejected") String decisionReason,
            @Schema(nullable = true) OffsetDateTime decidedAt,
            @Schema(nullable = true) String decidedBy,
            @Schema(description = "Every submission and decision, oldest first") List<Step> history) {}

    public record Evidence(String text, List<String> links, OffsetDateTime submittedAt, String submittedBy) {}

    public record Step(
            MilestoneStatus status,
            @Schema(nullable = true) String evidenceText,
            List<String> evidenceLinks,
            @Schema(nullable = true) String reason,
            OffsetDateTime at,
            String by) {}
}
