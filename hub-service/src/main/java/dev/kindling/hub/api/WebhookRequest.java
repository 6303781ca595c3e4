package dev.kindling.hub.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint to register. */
@Schema(name = "WebhookWrite")
public record WebhookRequest(
        @Schema(description = "The partner organisation the endpoint delivers for") @NotNull UUID partnerId,
        @Schema(
                        description = "Where deliveries are POSTed: https (http only for loopback in development);"
                                + " its host must resolve to public addresses only",
                        examples = "https://partner.example.org/kindling/webhooks",
                        maxLength = 2000)
                @NotBlank
                @Size(max = 2000)
                String url,
        @Schema(examples = "Cohort sync of our CRM", maxLength = 500) @Size(max = 500) String description,
        @Schema(
                        description = "The event types wanted (the feed's catalogue); empty or absent for all",
                        examples = "[\"enrollment.accepted\", \"allocation.created\"]")
                @Size(max = 100)
                List<
                                @NotNull @Size(max = 81)
                                @Pattern(regexp = WebhookRequest.TYPE, message = "must be an event type") String>
                        eventTypes,
        @Schema(
                        description = "Deliver the events about these hubs (a partner: only hubs of its token)",
                        examples = "[\"SG\"]")
                @NotEmpty
                @Size(max = 50)
                List<@NotNull @Size(max = 32) @Pattern(regexp = Codes.PATTERN, message = Codes.PATTERN_MESSAGE) String>
                        hubCodes) {
    static final String TYPE = "[a-z_]{1,40}\\.[a-z_]{1,40}";
}
