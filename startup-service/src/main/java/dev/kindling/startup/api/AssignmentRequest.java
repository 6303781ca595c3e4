package dev.kindling.startup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manager's assignment of one reviewer (a token subject) to one submitted application of the call. */
@Schema(name = "AssignmentRequest")
public record AssignmentRequest(
        @NotNull UUID applicationId,
        @NotBlank @Size(max = 200) @Schema(description = "The reviewer's token subject", examples = "dev-reviewer")
                String reviewer) {}
