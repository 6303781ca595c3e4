package dev.kindling.startup.rest;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Idempotent;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.rest.Responses;
import dev.kindling.common.rest.Versioned;
import dev.kindling.common.security.Roles;
import dev.kindling.common.web.QueryParams;
import dev.kindling.startup.api.CohortRequest;
import dev.kindling.startup.api.CohortView;
import dev.kindling.startup.service.CohortService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cohorts")
@Tag(name = "Cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortResource {
    static final String PATH = "/api/v1/cohorts";

    private final CohortService cohorts;
    private final Idempotency idempotency;

    public CohortResource(CohortService cohorts, Idempotency idempotency) {
        this.cohorts = cohorts;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createCohort", summary = "Open a cohort of a program at a hub (checked with hub-service)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CohortView.class)))
    @APIResponse(responseCode = "409", description = "A cohort of that name exists for the program at the hub")
    @APIResponse(
            responseCode = "422",
            description = "Unknown or archived program, hub not running it or not open; or Idempotency-Key reused")
    @APIResponse(responseCode = "503", description = "hub-service did not answer; nothing written (Retry-After)")
    public Response createCohort(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid CohortRequest request) {
        return idempotency.execute(
                Idempotent.create(key, "POST " + PATH, request), () -> cohorts.check(request), hubCode -> {
                    Versioned<CohortView> created = cohorts.create(request, hubCode);
                    return Outcome.created(PATH, created.view().id(), created);
                });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "listCohorts", summary = "List cohorts, by program and/or hub, in keyset pages")
    @APIResponse(responseCode = "200", description = "A page of cohorts")
    public Page<CohortView> listCohorts(
            @QueryParam("programId") @Parameter(schema = @Schema(implementation = UUID.class)) String programId,
            @QueryParam("hubId") @Parameter(schema = @Schema(implementation = UUID.class)) String hubId,
            @BeanParam @Valid PageRequest page) {
        return cohorts.list(QueryParams.uuid("programId", programId), QueryParams.uuid("hubId", hubId), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "getCohort", summary = "Read a cohort")
    @APIResponse(
            responseCode = "200",
            description = "The cohort",
            content = @Content(schema = @Schema(implementation = CohortView.class)))
    @APIResponse(responseCode = "404", description = "No such cohort, or not visible to you")
    public Response getCohort(@PathParam("id") UUID id) {
        return Responses.ok(cohorts.get(id));
    }
}
