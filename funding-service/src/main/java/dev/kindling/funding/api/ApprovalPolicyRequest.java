package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import dev.kindling.funding.domain.ApprovalKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A budget's approval policy: which roles may approve, and for each kind of movement the amounts over
 * which it needs approvals, e.g. disbursements over 10,000 need 2, over 250,000 need 3.
 */
public record ApprovalPolicyRequest(
        @NotEmpty
                @Size(max = 2)
                @Schema(description = "Roles whose holders may approve (admin, manager)", examples = "[\"manager\"]")
                Set<
                                @NotNull @Size(max = 7)
                                @Pattern(regexp = "admin|manager", message = "must be admin or manager") String>
                        approverRoles,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid Threshold> thresholds) {

    /** Amounts strictly over {@code over} (in the budget's currency) need {@code approvals} distinct approvers. */
    public record Threshold(
            @NotNull ApprovalKind kind,
            @NotNull @Valid @Schema(description = "Strictly over this amount, in the budget's currency") Money over,
            @NotNull @Min(1) @Max(5) Integer approvals) {}
}
