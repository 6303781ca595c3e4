package dev.kindling.hub.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of the activate action (optional). */
@Schema(name = "HubActivation")
public record HubActivationRequest(
        @Schema(description = "The day the hub opened; today when absent", examples = "2023-06-01")
                LocalDate openedOn) {}
