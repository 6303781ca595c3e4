package dev.kindling.hub.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new signing secret, the current one signing alongside it for a grace period. */
@Schema(name = "SecretRotation")
public record SecretRotationRequest(
        @Schema(
                        description = "Hours the current secret keeps signing next to the new one (0 ends it now);"
                                + " 24 when absent",
                        format = "int32",
                        minimum = "0",
                        maximum = "168",
                        examples = "24")
                @Min(0)
                @Max(168)
                Integer gracePeriodHours) {}
