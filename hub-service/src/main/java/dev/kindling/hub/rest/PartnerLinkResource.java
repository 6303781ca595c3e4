package dev.kindling.hub.rest;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Idempotent;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.rest.Responses;
import dev.kindling.common.rest.Versioned;
import dev.kindling.common.security.Roles;
import dev.kindling.hub.api.LinkRequest;
import dev.kindling.hub.api.LinkUpdateRequest;
import dev.kindling.hub.api.LinkView;
import dev.kindling.hub.service.PartnerLinks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

/** A partner's links to hubs and programs, with role and period. Links are ended, never deleted. */
@Path("/api/v1/partners/{id}/links")
@Tag(name = "Partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such partner or link")
public class PartnerLinkResource {
    private final PartnerLinks links;
    private final Idempotency idempotency;

    public PartnerLinkResource(PartnerLinks links, Idempotency idempotency) {
        this.links = links;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createPartnerLink", summary = "Link a partner to a hub or a program")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag headers are set",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "409", description = "The partner already has this role there, or is archived")
    @APIResponse(responseCode = "422", description = "hubId or programId names nothing")
    public Response createPartnerLink(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @Valid @NotNull LinkRequest request) {
        return idempotency.execute(Idempotent.on(key, "POST /api/v1/partners/{id}/links", id, request), () -> {
            Versioned<LinkView> link = links.create(id, request);
            return Outcome.created(
                    PartnerResource.PATH + "/" + id + "/links", link.view().id(), link);
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "listPartnerLinks", summary = "List the hubs and programs of a partner")
    @APIResponse(responseCode = "200", description = "One page of links, oldest first")
    public Page<LinkView> listPartnerLinks(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return links.ofPartner(id, page);
    }

    @GET
    @Path("{linkId}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "getPartnerLink", summary = "Read a partner link")
    @APIResponse(
            responseCode = "200",
            description = "The link; ETag header set",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    public Response getPartnerLink(@PathParam("id") UUID id, @PathParam("linkId") UUID linkId) {
        return Responses.ok(links.get(id, linkId));
    }

    @PUT
    @Path("{linkId}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "updatePartnerLink", summary = "Change a link's role or period; set untilOn to end it")
    @APIResponse(
            responseCode = "200",
            description = "The updated link; new ETag",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "409", description = "The partner already has that role there")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response updatePartnerLink(
            @PathParam("id") UUID id,
            @PathParam("linkId") UUID linkId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch,
            @Valid @NotNull LinkUpdateRequest request) {
        return Responses.ok(links.update(id, linkId, ETags.required(ifMatch), request));
    }
}
