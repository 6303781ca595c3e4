package dev.kindling.startup.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A declared conflict of interest. */
@Schema(name = "ReviewerConflict")
public record ConflictView(
        UUID id,
        String reviewer,
        @Schema(nullable = true) UUID startupId,
        @Schema(nullable = true) UUID partnerId,
        String reason,
        OffsetDateTime declaredAt,
        String declaredBy,
        @Schema(description = "Reviews this declaration removed (the reviewer's assignments it touches)")
                List<UUID> removedReviews) {}
