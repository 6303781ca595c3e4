package dev.kindling.hub.api;

import dev.kindling.hub.domain.HubKind;
import dev.kindling.hub.domain.Region;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The writable fields of a hub, replaced as a whole. The code never changes (tokens and other
 * services refer to it); the status changes only through the activate and close actions.
 */
@Schema(name = "HubUpdate")
public record HubUpdateRequest(
        @Schema(examples = "Paris Innovation Center") @NotBlank @Size(max = 200) String name,
        @NotNull HubKind kind,
        @Schema(examples = "FR", pattern = CountryCode.SCHEMA_PATTERN, maxLength = 2) @NotNull @CountryCode
                String country,
        @Schema(examples = "Paris") @Size(max = 100) String city,
        @NotNull Region region,
        @Schema(examples = "00000000-0000-7000-8000-000000000109") UUID supersedesId) {}
