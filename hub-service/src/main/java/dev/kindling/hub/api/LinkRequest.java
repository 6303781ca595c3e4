package dev.kindling.hub.api;

import dev.kindling.hub.domain.PartnerRole;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Links a partner to exactly one hub or one program. */
@Schema(name = "LinkCreate")
public record LinkRequest(
        @Schema(examples = "00000000-0000-7000-8000-000000000102", description = "Give hubId or programId") UUID hubId,
        @Schema(description = "Give hubId or programId") UUID programId,
        @Schema(examples = "PARTNER") @NotNull PartnerRole role,
        LocalDate sinceOn,
        @Schema(description = "Not before sinceOn") LocalDate untilOn) {}
