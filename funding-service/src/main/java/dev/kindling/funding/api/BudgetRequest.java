package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import dev.kindling.funding.domain.BudgetKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new budget. With yearly lines, {@code total} may be left out: it is the sum of the lines. */
public record BudgetRequest(
        @NotNull UUID programId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) @Schema(description = "Who pays", examples = "Huawei") String source,
        @NotNull BudgetKind kind,
        @Valid @Schema(description = "Required without lines; with lines, must equal their sum when given") Money total,
        @NotNull LocalDate startsOn,
        @Schema(description = "Absent for an ongoing budget") LocalDate endsOn,
        @Size(max = 100) List<@NotNull @Valid BudgetLineRequest> lines) {}
