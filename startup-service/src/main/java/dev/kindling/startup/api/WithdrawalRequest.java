package dev.kindling.startup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an application is withdrawn. */
@Schema(name = "WithdrawalRequest")
public record WithdrawalRequest(
        @NotBlank @Size(max = 2000) @Schema(examples = "The founders joined another program") String reason) {}
