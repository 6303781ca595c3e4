package dev.kindling.startup.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A startup as the API answers it. */
@Schema(name = "Startup")
public record StartupView(
        UUID id,
        String name,
        String country,
        @Schema(nullable = true) String city,
        @Schema(nullable = true) String sector,
        @Schema(nullable = true) LocalDate foundedOn,
        @Schema(nullable = true) String website,
        @Schema(nullable = true) Integer teamSize,
        @Schema(description = "Demo row made up to illustrate, not a published fact") boolean illustrative,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
