package dev.kindling.hub.api;

import dev.kindling.hub.domain.PartnerKind;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner organisation. */
@Schema(name = "Partner")
public record PartnerView(
        @Schema(examples = "00000000-0000-7000-8000-000000000301") UUID id,
        @Schema(examples = "Cyberport") String name,
        @Schema(examples = "GOVERNMENT") PartnerKind kind,
        @Schema(nullable = true, examples = "HK") String country,
        @Schema(nullable = true, examples = "https://www.cyberport.hk") String website,
        boolean archived,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
