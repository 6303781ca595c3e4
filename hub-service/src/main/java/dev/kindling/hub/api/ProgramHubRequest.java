package dev.kindling.hub.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hub to add to the hubs that run a program. */
@Schema(name = "ProgramHubAdd")
public record ProgramHubRequest(@Schema(examples = "00000000-0000-7000-8000-000000000101") @NotNull UUID hubId) {}
