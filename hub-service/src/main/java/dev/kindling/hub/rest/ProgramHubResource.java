package dev.kindling.hub.rest;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.rest.Responses;
import dev.kindling.common.security.Roles;
import dev.kindling.hub.api.LinkView;
import dev.kindling.hub.api.ProgramHubRequest;
import dev.kindling.hub.api.ProgramView;
import dev.kindling.hub.service.LinkReads;
import dev.kindling.hub.service.ProgramHubRemoval;
import dev.kindling.hub.service.ProgramHubs;
import dev.kindling.hub.service.ProgramLifecycle;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The hubs that run a program, its partners, and archiving it. */
@Path("/api/v1/programs/{id}")
@Tag(name = "Programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such program")
public class ProgramHubResource {
    private final ProgramHubs hubs;
    private final ProgramHubRemoval removal;
    private final ProgramLifecycle lifecycle;
    private final LinkReads links;
    private final Idempotency idempotency;

    public ProgramHubResource(
            ProgramHubs hubs,
            ProgramHubRemoval removal,
            ProgramLifecycle lifecycle,
            LinkReads links,
            Idempotency idempotency) {
        this.hubs = hubs;
        this.removal = removal;
        this.lifecycle = lifecycle;
        this.links = links;
        this.idempotency = idempotency;
    }

    @POST
    @Path("hubs")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "addProgramHub", summary = "Add a hub to the hubs that run a program")
    @APIResponse(
            responseCode = "200",
            description = "The program with its hubs; new ETag",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "409", description = "The hub already runs it, or the hub or program is archived")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "hubId names no hub")
    public Response addProgramHub(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch,
            @Valid @NotNull ProgramHubRequest request) {
        return idempotency.action(
                key,
                "POST /api/v1/programs/{id}/hubs",
                id,
                request,
                () -> hubs.add(id, ETags.optional(ifMatch), request.hubId()));
    }

    @DELETE
    @Path("hubs/{hubId}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "removeProgramHub",
            summary = "Stop running a program at a hub",
            description = "hub-service first asks startup-service for the program's cohorts at the hub"
                    + " (GET /api/v1/cohorts?programId=&hubId=&limit=1). If there is any, the hub keeps the"
                    + " program and the answer is 409 hub-has-cohorts; if startup-service does not answer, 503"
                    + " dependency-unavailable with Retry-After. In both cases nothing changes.")
    @APIResponse(
            responseCode = "200",
            description = "The program without the hub; new ETag",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "409", description = "hub-has-cohorts: cohorts of the program run at the hub")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(
            responseCode = "503",
            description = "startup-service did not answer; retry later",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(implementation = Integer.class)))
    public Response removeProgramHub(
            @PathParam("id") UUID id,
            @PathParam("hubId") UUID hubId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch) {
        return Responses.ok(removal.remove(id, hubId, ETags.optional(ifMatch)));
    }

    @POST
    @Path("archive")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "archiveProgram",
            summary = "Archive a program",
            description = "Archived programs keep their history, hubs and targets, stay readable by id, drop out"
                    + " of lists unless includeArchived=true, and take no new hubs or targets.")
    @APIResponse(
            responseCode = "200",
            description = "The archived program; new ETag",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "409", description = "Already archived")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response archiveProgram(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch) {
        return idempotency.action(
                key,
                "POST /api/v1/programs/{id}/archive",
                id,
                null,
                () -> lifecycle.archive(id, ETags.optional(ifMatch)));
    }

    @GET
    @Path("partners")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "listProgramPartners", summary = "List the partners linked to a program")
    @APIResponse(responseCode = "200", description = "One page of links, oldest first")
    public Page<LinkView> listProgramPartners(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return links.ofProgram(id, page);
    }
}
