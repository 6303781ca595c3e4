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
import dev.kindling.common.web.QueryParams;
import dev.kindling.hub.api.CountryCode;
import dev.kindling.hub.api.HubRequest;
import dev.kindling.hub.api.HubUpdateRequest;
import dev.kindling.hub.api.HubView;
import dev.kindling.hub.domain.HubKind;
import dev.kindling.hub.domain.HubStatus;
import dev.kindling.hub.domain.Region;
import dev.kindling.hub.service.Filters;
import dev.kindling.hub.service.HubLifecycle;
import dev.kindling.hub.service.HubService;
import dev.kindling.hub.service.HubService.HubFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hubs: create, read, list, update, delete. Lifecycle actions are in {@link HubActionResource}. */
@Path("/api/v1/hubs")
@Tag(name = "Hubs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HubResource {
    static final String PATH = "/api/v1/hubs";

    private final HubService hubs;
    private final HubLifecycle lifecycle;
    private final Idempotency idempotency;

    public HubResource(HubService hubs, HubLifecycle lifecycle, Idempotency idempotency) {
        this.hubs = hubs;
        this.lifecycle = lifecycle;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createHub", summary = "Register a hub (it starts PLANNED)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag headers are set",
            content = @Content(schema = @Schema(implementation = HubView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Code already taken, or the superseded hub already has a successor")
    @APIResponse(responseCode = "422", description = "supersedesId names no hub, the hub itself, or makes a loop")
    public Response createHub(
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @Valid @NotNull HubRequest request) {
        return idempotency.execute(Idempotent.create(key, "POST " + PATH, request), () -> {
            Versioned<HubView> hub = hubs.create(request);
            return Outcome.created(PATH, hub.view().id(), hub);
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "getHub", summary = "Read a hub")
    @APIResponse(
            responseCode = "200",
            description = "The hub; ETag header set",
            content = @Content(schema = @Schema(implementation = HubView.class)))
    @APIResponse(responseCode = "404", description = "No such hub")
    public Response getHub(@PathParam("id") UUID id) {
        return Responses.ok(hubs.get(id));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "listHubs", summary = "List hubs, oldest first, filtered and paged by cursor")
    @APIResponse(responseCode = "200", description = "One page of hubs")
    public Page<HubView> listHubs(
            @BeanParam CodeQuery code,
            @QueryParam("region") @Parameter(schema = @Schema(implementation = Region.class)) String region,
            @QueryParam("country")
                    @Parameter(
                            description = "ISO 3166-1 alpha-2",
                            example = "SG",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = CountryCode.SCHEMA_PATTERN,
                                            maxLength = 2))
                    String country,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = HubKind.class)) String kind,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = HubStatus.class)) String status,
            @QueryParam("includeArchived")
                    @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    boolean includeArchived,
            @BeanParam @Valid PageRequest page) {
        HubFilter filter = new HubFilter(
                code.value(),
                QueryParams.enumValue(Region.class, "region", region),
                Filters.country("country", country, false),
                QueryParams.enumValue(HubKind.class, "kind", kind),
                QueryParams.enumValue(HubStatus.class, "status", status),
                includeArchived);
        return hubs.list(filter, page);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "updateHub", summary = "Replace a hub's writable fields (send If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The updated hub; new ETag",
            content = @Content(schema = @Schema(implementation = HubView.class)))
    @APIResponse(responseCode = "404", description = "No such hub")
    @APIResponse(responseCode = "409", description = "The superseded hub already has a successor")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "supersedesId names no hub, the hub itself, or makes a loop")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response updateHub(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch,
            @Valid @NotNull HubUpdateRequest request) {
        return Responses.ok(hubs.update(id, ETags.required(ifMatch), request));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "deleteHub",
            summary = "Delete a hub registered by mistake",
            description = "Only a PLANNED hub that runs no program, has no partners and takes part in no"
                    + " supersession can be deleted; any other answers 409 archive-instead: archive it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such hub")
    @APIResponse(responseCode = "409", description = "The hub has history: archive it instead")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public void deleteHub(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch) {
        lifecycle.delete(id, ETags.optional(ifMatch));
    }
}
