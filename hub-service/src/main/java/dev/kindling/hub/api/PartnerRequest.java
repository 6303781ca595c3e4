package dev.kindling.hub.api;

import dev.kindling.hub.domain.PartnerKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner organisation to create, or its new content (replaced as a whole). */
@Schema(name = "PartnerWrite")
public record PartnerRequest(
        @Schema(examples = "Cyberport") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "GOVERNMENT") @NotNull PartnerKind kind,
        @Schema(
                        examples = "HK",
                        description = "ISO 3166-1 alpha-2, or EU for European Union bodies",
                        pattern = CountryCode.SCHEMA_PATTERN,
                        maxLength = 2)
                @CountryCode(allowEuropeanUnion = true)
                String country,
        @Schema(examples = "https://www.cyberport.hk")
                @Size(max = 500)
                @Pattern(regexp = "https?://[^\\s]+", message = "must be an http(s) URL")
                String website) {}
