package dev.kindling.hub.api;

import dev.kindling.hub.domain.PartnerRole;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's link to a hub or a program, with the names a list needs. */
@Schema(name = "PartnerLink")
public record LinkView(
        @Schema(examples = "00000000-0000-7000-8000-000000000351") UUID id,
        @Schema(examples = "00000000-0000-7000-8000-000000000301") UUID partnerId,
        @Schema(examples = "Cyberport") String partnerName,
        @Schema(nullable = true, examples = "00000000-0000-7000-8000-000000000102") UUID hubId,
        @Schema(nullable = true, examples = "HK") String hubCode,
        @Schema(nullable = true) UUID programId,
        @Schema(nullable = true) String programCode,
        @Schema(examples = "PARTNER") PartnerRole role,
        @Schema(nullable = true) LocalDate sinceOn,
        @Schema(nullable = true) LocalDate untilOn) {}
