package dev.kindling.hub.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint's new settings (replaced as a whole; its partner and secret stay). */
@Schema(name = "WebhookUpdate")
public record WebhookUpdateRequest(
        @Schema(examples = "https://partner.example.org/kindling/webhooks", maxLength = 2000)
                @NotBlank
                @Size(max = 2000)
                String url,
        @Schema(maxLength = 500) @Size(max = 500) String description,
        @Schema(description = "The event types wanted; empty or absent for all") @Size(max = 100)
                List<
                                @NotNull @Size(max = 81)
                                @Pattern(regexp = WebhookRequest.TYPE, message = "must be an event type") String>
                        eventTypes,
        @Schema(examples = "[\"SG\"]") @NotEmpty @Size(max = 50)
                List<@NotNull @Size(max = 32) @Pattern(regexp = Codes.PATTERN, message = Codes.PATTERN_MESSAGE) String>
                        hubCodes) {}
