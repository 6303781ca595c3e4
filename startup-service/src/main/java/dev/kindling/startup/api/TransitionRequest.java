package dev.kindling.startup.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an enrollment moves; required for reject and withdraw. */
@Schema(name = "TransitionRequest")
public record TransitionRequest(@Size(max = 2000) @Schema(examples = "Strong team, clear traction") String reason) {}
