package dev.kindling.gateway.readmodel;

import dev.kindling.common.problem.Problem;
import dev.kindling.common.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The gateway's own cross-service read models. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "manager", "partner", "viewer"})
@Tag(name = "Read models", description = "Cross-service views answered by the gateway")
@APIResponse(
        responseCode = "401",
        description = "No or bad token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Role not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "429",
        description = "Rate limit",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReadModelResource {
    private final ReadModels readModels;
    private final Caller caller;

    public ReadModelResource(ReadModels readModels, Caller caller) {
        this.readModels = readModels;
        this.caller = caller;
    }

    @GET
    @Path("/programs/{id}/scoreboard")
    @Operation(
            operationId = "getProgramScoreboard",
            summary = "A program's targets, startups, funding and progress, from all three services")
    @APIResponse(responseCode = "200", description = "The scoreboard; parts may be UNAVAILABLE")
    @APIResponse(
            responseCode = "400",
            description = "Bad reportingCurrency or asOf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "No usable exchange rate for the reportingCurrency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such program",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Scoreboard> scoreboard(@PathParam("id") UUID id, @BeanParam ReportingParams reporting) {
        return readModels.scoreboard(id, reporting.reporting());
    }

    @GET
    @Path("/hubs/{id}/overview")
    @Operation(
            operationId = "getHubOverview",
            summary = "A hub, its programs, startups and funding, from all three services")
    @APIResponse(responseCode = "200", description = "The overview; parts may be UNAVAILABLE")
    @APIResponse(
            responseCode = "400",
            description = "Bad reportingCurrency or asOf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "No usable exchange rate for the reportingCurrency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such hub, or (for a partner) a hub outside the token's hubs",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "hub-service did not answer, so a partner's right to see the hub cannot be checked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<HubOverview> overview(@PathParam("id") UUID id, @BeanParam ReportingParams reporting) {
        return readModels.overview(
                id, caller.isHubScoped() ? Optional.of(caller.hubs()) : Optional.empty(), reporting.reporting());
    }
}
