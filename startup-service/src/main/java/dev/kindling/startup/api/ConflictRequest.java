package dev.kindling.startup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's conflict of interest with a startup or a partner organisation (exactly one of the two). */
@Schema(name = "ConflictRequest")
public record ConflictRequest(
        @Size(max = 200)
                @Schema(
                        nullable = true,
                        description = "The reviewer's token subject; a reviewer declares its own (may be left"
                                + " out), a manager may declare for any reviewer")
                String reviewer,
        @Schema(nullable = true) UUID startupId,
        @Schema(nullable = true, description = "A hub-service partner organisation (applications it put forward)")
                UUID partnerId,
        @NotBlank @Size(max = 2000) String reason) {}
