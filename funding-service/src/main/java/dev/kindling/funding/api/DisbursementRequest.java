package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Pays out part of an open allocation. */
public record DisbursementRequest(
        @NotNull UUID allocationId,
        @Schema(
                        nullable = true,
                        description = "The tranche it pays: required when the allocation has a schedule, refused"
                                + " when it has none")
                UUID trancheId,
        @NotNull @Valid Money amount,
        @NotNull LocalDate paidOn,
        @NotBlank @Size(max = 200) @Schema(description = "The payment's reference in the paying system")
                String externalReference) {}
