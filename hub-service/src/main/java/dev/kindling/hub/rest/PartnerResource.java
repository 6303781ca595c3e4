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
import dev.kindling.hub.api.PartnerRequest;
import dev.kindling.hub.api.PartnerView;
import dev.kindling.hub.domain.PartnerKind;
import dev.kindling.hub.service.Filters;
import dev.kindling.hub.service.PartnerService;
import dev.kindling.hub.service.PartnerService.PartnerFilter;
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

/** Partner organisations. Their links to hubs and programs are in {@link PartnerLinkResource}. */
@Path("/api/v1/partners")
@Tag(name = "Partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {
    static final String PATH = "/api/v1/partners";

    private final PartnerService partners;
    private final Idempotency idempotency;

    public PartnerResource(PartnerService partners, Idempotency idempotency) {
        this.partners = partners;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createPartner", summary = "Register a partner organisation")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag headers are set",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public Response createPartner(
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @Valid @NotNull PartnerRequest request) {
        return idempotency.execute(Idempotent.create(key, "POST " + PATH, request), () -> {
            Versioned<PartnerView> partner = partners.create(request);
            return Outcome.created(PATH, partner.view().id(), partner);
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "getPartner", summary = "Read a partner organisation")
    @APIResponse(
            responseCode = "200",
            description = "The partner; ETag header set",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "No such partner")
    public Response getPartner(@PathParam("id") UUID id) {
        return Responses.ok(partners.get(id));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "listPartners", summary = "List partner organisations, oldest first, paged by cursor")
    @APIResponse(responseCode = "200", description = "One page of partners")
    public Page<PartnerView> listPartners(
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = PartnerKind.class)) String kind,
            @QueryParam("country")
                    @Parameter(
                            description = "ISO 3166-1 alpha-2 or EU",
                            example = "HK",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = CountryCode.SCHEMA_PATTERN,
                                            maxLength = 2))
                    String country,
            @QueryParam("includeArchived")
                    @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    boolean includeArchived,
            @BeanParam @Valid PageRequest page) {
        PartnerFilter filter = new PartnerFilter(
                QueryParams.enumValue(PartnerKind.class, "kind", kind),
                Filters.country("country", country, true),
                includeArchived);
        return partners.list(filter, page);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "updatePartner", summary = "Replace a partner's fields (send If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The updated partner; new ETag",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "No such partner")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response updatePartner(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch,
            @Valid @NotNull PartnerRequest request) {
        return Responses.ok(partners.update(id, ETags.required(ifMatch), request));
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "archivePartner", summary = "Archive a partner (its links stay as history)")
    @APIResponse(
            responseCode = "200",
            description = "The archived partner; new ETag",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "No such partner")
    @APIResponse(responseCode = "409", description = "Already archived")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response archivePartner(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch) {
        return idempotency.action(
                key,
                "POST /api/v1/partners/{id}/archive",
                id,
                null,
                () -> partners.archive(id, ETags.optional(ifMatch)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "deletePartner",
            summary = "Delete a partner registered by mistake",
            description = "Only a partner without links can be deleted; any other answers 409 archive-instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such partner")
    @APIResponse(responseCode = "409", description = "The partner has links: archive it instead")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public void deletePartner(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch) {
        partners.delete(id, ETags.optional(ifMatch));
    }
}
