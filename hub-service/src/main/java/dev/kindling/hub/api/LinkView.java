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
        @Schema(examples = "00000000-0000-7000-8000-000000000102") UUID hubId,
        @Schema(examples = "HK") String hubCode,
        UUID programId,
        String programCode,
        @Schema(examples = "PARTNER") PartnerRole role,
        LocalDate sinceOn,
        LocalDate untilOn) {}
