package dev.kindling.hub.api;

import dev.kindling.hub.domain.HubKind;
import dev.kindling.hub.domain.HubStatus;
import dev.kindling.hub.domain.Region;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hub as the API shows it. */
@Schema(name = "Hub")
public record HubView(
        @Schema(examples = "00000000-0000-7000-8000-000000000110") UUID id,
        @Schema(examples = "PAR-IC") String code,
        @Schema(examples = "Paris Innovation Center") String name,
        @Schema(examples = "INNOVATION_CENTER") HubKind kind,
        @Schema(examples = "FR") String country,
        @Schema(nullable = true, examples = "Paris") String city,
        @Schema(examples = "EUROPE") Region region,
        @Schema(examples = "ACTIVE") HubStatus status,
        @Schema(nullable = true) LocalDate openedOn,
        @Schema(nullable = true) LocalDate closedOn,
        @Schema(nullable = true, examples = "00000000-0000-7000-8000-000000000109") UUID supersedesId,
        boolean archived,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
