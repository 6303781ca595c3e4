package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Adds a tranche to an allocation's schedule: an amount due on a date, paid once its milestone is approved. */
public record TrancheRequest(
        @NotNull UUID allocationId,
        @NotNull @Valid Money amount,
        @NotNull @Schema(description = "When the milestone is due; after it, an unapproved milestone is overdue")
                LocalDate dueOn,
        @NotNull @Valid MilestoneRequest milestone) {

    /** What the recipient must achieve, and what counts as evidence of it. */
    public record MilestoneRequest(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) @Schema(nullable = true, description = "What counts as evidence")
                    String evidenceRequired) {}
}
