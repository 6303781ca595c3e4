package dev.kindling.hub.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of the close action (optional). */
@Schema(name = "HubClosure")
public record HubClosureRequest(
        @Schema(
                        description = "The day the hub closed; today when absent; not before it opened",
                        examples = "2023-06-01")
                LocalDate closedOn) {}
