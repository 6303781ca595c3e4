package dev.kindling.hub.api;

import dev.kindling.hub.domain.PartnerRole;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New role and period of a link (replaced as a whole); set untilOn to end it. */
@Schema(name = "LinkUpdate")
public record LinkUpdateRequest(
        @Schema(examples = "PARTNER") @NotNull PartnerRole role,
        LocalDate sinceOn,
        @Schema(examples = "2024-12-31") LocalDate untilOn) {}
