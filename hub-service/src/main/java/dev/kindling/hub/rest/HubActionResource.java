package dev.kindling.hub.rest;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.security.Roles;
import dev.kindling.hub.api.HubActivationRequest;
import dev.kindling.hub.api.HubClosureRequest;
import dev.kindling.hub.api.HubView;
import dev.kindling.hub.api.LinkView;
import dev.kindling.hub.service.HubLifecycle;
import dev.kindling.hub.service.LinkReads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A hub's lifecycle actions (activate, close, archive) and its partners. Each action runs once per
 * Idempotency-Key and takes an optional If-Match (412 when stale).
 */
@Path("/api/v1/hubs/{id}")
@Tag(name = "Hubs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such hub")
public class HubActionResource {
    private final HubLifecycle lifecycle;
    private final LinkReads links;
    private final Idempotency idempotency;

    public HubActionResource(HubLifecycle lifecycle, LinkReads links, Idempotency idempotency) {
        this.lifecycle = lifecycle;
        this.links = links;
        this.idempotency = idempotency;
    }

    @POST
    @Path("activate")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "activateHub", summary = "Open a PLANNED hub (PLANNED → ACTIVE)")
    @APIResponse(
            responseCode = "200",
            description = "The active hub; new ETag",
            content = @Content(schema = @Schema(implementation = HubView.class)))
    @APIResponse(responseCode = "409", description = "The hub is not PLANNED, or is archived")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response activateHub(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch,
            @RequestBody(required = false, description = "Optional") @Valid HubActivationRequest request) {
        return idempotency.action(
                key,
                "POST /api/v1/hubs/{id}/activate",
                id,
                request,
                () -> lifecycle.activate(id, ETags.optional(ifMatch), request == null ? null : request.openedOn()));
    }

    @POST
    @Path("close")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "closeHub", summary = "Close an ACTIVE hub (ACTIVE → CLOSED)")
    @APIResponse(
            responseCode = "200",
            description = "The closed hub; new ETag",
            content = @Content(schema = @Schema(implementation = HubView.class)))
    @APIResponse(responseCode = "409", description = "The hub is not ACTIVE")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response closeHub(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch,
            @RequestBody(required = false, description = "Optional") @Valid HubClosureRequest request) {
        return idempotency.action(
                key,
                "POST /api/v1/hubs/{id}/close",
                id,
                request,
                () -> lifecycle.close(id, ETags.optional(ifMatch), request == null ? null : request.closedOn()));
    }

    @POST
    @Path("archive")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "archiveHub",
            summary = "Archive a PLANNED or CLOSED hub",
            description = "Archived hubs keep their history and stay readable by id, drop out of lists unless"
                    + " includeArchived=true, and cannot be added to programs.")
    @APIResponse(
            responseCode = "200",
            description = "The archived hub; new ETag",
            content = @Content(schema = @Schema(implementation = HubView.class)))
    @APIResponse(responseCode = "409", description = "The hub is ACTIVE (close it first) or already archived")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response archiveHub(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch) {
        return idempotency.action(
                key, "POST /api/v1/hubs/{id}/archive", id, null, () -> lifecycle.archive(id, ETags.optional(ifMatch)));
    }

    @GET
    @Path("partners")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "listHubPartners", summary = "List the partners linked to a hub, with role and period")
    @APIResponse(responseCode = "200", description = "One page of links, oldest first")
    public Page<LinkView> listHubPartners(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return links.ofHub(id, page);
    }
}
