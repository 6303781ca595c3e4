package dev.kindling.hub.api;

import dev.kindling.hub.domain.HubKind;
import dev.kindling.hub.domain.Region;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new hub; it starts PLANNED. */
@Schema(name = "HubCreate")
public record HubRequest(
        @Schema(examples = "SG", description = "Unique; cannot change later")
                @NotBlank
                @Size(min = 2, max = 32)
                @Pattern(regexp = Codes.PATTERN, message = Codes.PATTERN_MESSAGE)
                String code,
        @Schema(examples = "Singapore startup hub") @NotBlank @Size(max = 200) String name,
        @NotNull HubKind kind,
        @Schema(
                        examples = "SG",
                        description = "ISO 3166-1 alpha-2",
                        pattern = CountryCode.SCHEMA_PATTERN,
                        maxLength = 2)
                @NotNull
                @CountryCode
                String country,
        @Schema(examples = "Singapore") @Size(max = 100) String city,
        @NotNull Region region,
        @Schema(description = "The hub this one replaces, e.g. PAR-IC supersedes PAR-OPENLAB") UUID supersedesId) {}
