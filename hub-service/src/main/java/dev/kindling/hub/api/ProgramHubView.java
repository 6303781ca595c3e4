package dev.kindling.hub.api;

import dev.kindling.hub.domain.HubStatus;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hub that runs a program, with its code and current status. */
@Schema(name = "ProgramHub")
public record ProgramHubView(
        @Schema(examples = "00000000-0000-7000-8000-000000000101") UUID hubId,
        @Schema(examples = "SG") String hubCode,
        @Schema(examples = "ACTIVE") HubStatus status) {}
