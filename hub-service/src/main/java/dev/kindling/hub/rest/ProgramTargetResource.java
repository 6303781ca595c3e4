package dev.kindling.hub.rest;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Idempotent;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.rest.Responses;
import dev.kindling.common.rest.Versioned;
import dev.kindling.common.security.Roles;
import dev.kindling.hub.api.TargetRequest;
import dev.kindling.hub.api.TargetView;
import dev.kindling.hub.service.ProgramTargets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A program's targets (metric, value, due date). */
@Path("/api/v1/programs/{id}/targets")
@Tag(name = "Programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such program or target")
public class ProgramTargetResource {
    private final ProgramTargets targets;
    private final Idempotency idempotency;

    public ProgramTargetResource(ProgramTargets targets, Idempotency idempotency) {
        this.targets = targets;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createProgramTarget", summary = "Give a program a target")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag headers are set",
            content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The program already has this metric for this date, or is archived")
    public Response createProgramTarget(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @Valid @NotNull TargetRequest request) {
        return idempotency.execute(Idempotent.on(key, "POST /api/v1/programs/{id}/targets", id, request), () -> {
            Versioned<TargetView> target = targets.add(id, request);
            return Outcome.created(
                    ProgramResource.PATH + "/" + id + "/targets", target.view().id(), target);
        });
    }

    @GET
    @Path("{targetId}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "getProgramTarget", summary = "Read a program target")
    @APIResponse(
            responseCode = "200",
            description = "The target; ETag header set",
            content = @Content(schema = @Schema(implementation = TargetView.class)))
    public Response getProgramTarget(@PathParam("id") UUID id, @PathParam("targetId") UUID targetId) {
        return Responses.ok(targets.get(id, targetId));
    }

    @PUT
    @Path("{targetId}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "updateProgramTarget", summary = "Replace a program target (send If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The updated target; new ETag",
            content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "409", description = "The program already has this metric for this date")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response updateProgramTarget(
            @PathParam("id") UUID id,
            @PathParam("targetId") UUID targetId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch,
            @Valid @NotNull TargetRequest request) {
        return Responses.ok(targets.update(id, targetId, ETags.required(ifMatch), request));
    }

    @DELETE
    @Path("{targetId}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "deleteProgramTarget", summary = "Drop a program target (nothing refers to targets)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public void deleteProgramTarget(
            @PathParam("id") UUID id,
            @PathParam("targetId") UUID targetId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch) {
        targets.delete(id, targetId, ETags.optional(ifMatch));
    }
}
