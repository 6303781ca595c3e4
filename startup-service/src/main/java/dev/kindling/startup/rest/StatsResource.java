package dev.kindling.startup.rest;

import dev.kindling.common.security.Roles;
import dev.kindling.common.web.QueryParams;
import dev.kindling.startup.api.StatsView;
import dev.kindling.startup.service.StatsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/startup-stats")
@Tag(name = "Startup stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {
    private final StatsService stats;

    public StatsResource(StatsService stats) {
        this.stats = stats;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(
            operationId = "getStartupStats",
            summary = "Enrollments by status and scale-ups per (program, hub), from maintained counters")
    @APIResponse(responseCode = "200", description = "One group per (program, hub); every status present")
    public StatsView getStartupStats(
            @QueryParam("programId") @Parameter(schema = @Schema(implementation = UUID.class)) String programId,
            @QueryParam("hubId") @Parameter(schema = @Schema(implementation = UUID.class)) String hubId) {
        return stats.stats(QueryParams.uuid("programId", programId), QueryParams.uuid("hubId", hubId));
    }
}
