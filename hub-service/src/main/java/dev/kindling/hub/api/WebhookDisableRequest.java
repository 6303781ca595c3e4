package dev.kindling.hub.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an endpoint is disabled by hand. */
@Schema(name = "WebhookDisable")
public record WebhookDisableRequest(
        @Schema(examples = "Receiver migrating to a new host", maxLength = 500) @NotBlank @Size(max = 500)
                String reason) {}
