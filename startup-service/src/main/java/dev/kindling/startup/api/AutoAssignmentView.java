package dev.kindling.startup.api;

import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an automatic assignment did. */
@Schema(name = "AutoAssignment")
public record AutoAssignmentView(
        UUID callId,
        @Schema(description = "Submitted applications of the call") int applications,
        @Schema(description = "Reviews assigned by this request (0 when every application already had enough)")
                int assigned,
        @Schema(description = "Each pool reviewer's open and submitted reviews in this call, after the request")
                Map<String, Integer> loads) {}
