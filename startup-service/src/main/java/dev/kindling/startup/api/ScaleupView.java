package dev.kindling.startup.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scale-up mark as the API answers it; hub is that of the startup's enrollment in the program. */
@Schema(name = "Scaleup")
public record ScaleupView(
        UUID id,
        UUID startupId,
        UUID programId,
        UUID hubId,
        String hubCode,
        LocalDate markedOn,
        String evidence,
        String markedBy,
        OffsetDateTime createdAt) {}
