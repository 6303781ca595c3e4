package dev.kindling.funding.rest;

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
import dev.kindling.funding.api.AllocationRequest;
import dev.kindling.funding.api.AllocationView;
import dev.kindling.funding.api.ApprovalRequestView;
import dev.kindling.funding.api.CloseRequest;
import dev.kindling.funding.domain.AllocationStatus;
import dev.kindling.funding.domain.RecipientType;
import dev.kindling.funding.service.AllocationService;
import dev.kindling.funding.service.ApprovalRequests;
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

@Path("/api/v1/allocations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Allocations", description = "Parts of budgets committed to hubs, cohorts and startups")
public class AllocationResource {
    static final String PATH = "/api/v1/allocations";

    private final AllocationService allocations;
    private final ApprovalRequests approvals;
    private final Idempotency idempotency;

    public AllocationResource(AllocationService allocations, ApprovalRequests approvals, Idempotency idempotency) {
        this.allocations = allocations;
        this.approvals = approvals;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "createAllocation",
            summary = "Commit part of a budget to an eligible hub, cohort or startup")
    @APIResponse(
            responseCode = "201",
            description = "Committed",
            content = @Content(schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(
            responseCode = "202",
            description = "Held for approval by the budget's policy: nothing committed yet; Location names the"
                    + " approval request",
            content = @Content(schema = @Schema(implementation = ApprovalRequestView.class)))
    @APIResponse(responseCode = "400", description = "Amount not positive, too many decimals, or year missing")
    @APIResponse(responseCode = "409", description = "Budget or yearly line overspent")
    @APIResponse(
            responseCode = "422",
            description = "Unknown budget or line, ineligible recipient, currency mismatch, Idempotency-Key reused")
    @APIResponse(responseCode = "503", description = "hub-/startup-service did not answer; nothing written")
    public Response createAllocation(
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid AllocationRequest request) {
        return idempotency.execute(
                Idempotent.create(key, "POST " + PATH, request), () -> allocations.check(request), plan -> {
                    var held = approvals.holdAllocation(plan);
                    if (held.isPresent()) {
                        return Outcome.accepted(
                                ApprovalRequestResource.PATH, held.get().view().id(), held.get());
                    }
                    Versioned<AllocationView> allocated = allocations.allocate(plan);
                    return Outcome.created(PATH, allocated.view().id(), allocated);
                });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER, Roles.PARTNER})
    @Operation(operationId = "listAllocations", summary = "List allocations (a partner sees those of its hubs)")
    @APIResponse(responseCode = "200", description = "A page of allocations")
    @APIResponse(responseCode = "400", description = "Bad filter or cursor")
    public Page<AllocationView> listAllocations(
            @QueryParam("budgetId") @Parameter(schema = @Schema(implementation = UUID.class)) String budgetId,
            @QueryParam("recipientType") @Parameter(schema = @Schema(implementation = RecipientType.class))
                    String recipientType,
            @QueryParam("recipientId") @Parameter(schema = @Schema(implementation = UUID.class)) String recipientId,
            @QueryParam("hubId") @Parameter(schema = @Schema(implementation = UUID.class)) String hubId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = AllocationStatus.class)) String status,
            @BeanParam @Valid PageRequest page) {
        return allocations.list(
                QueryParams.uuid("budgetId", budgetId),
                QueryParams.enumValue(RecipientType.class, "recipientType", recipientType),
                QueryParams.uuid("recipientId", recipientId),
                QueryParams.uuid("hubId", hubId),
                QueryParams.enumValue(AllocationStatus.class, "status", status),
                page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER, Roles.PARTNER})
    @Operation(operationId = "getAllocation", summary = "An allocation with what was released, disbursed and remains")
    @APIResponse(
            responseCode = "200",
            description = "The allocation",
            content = @Content(schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(responseCode = "404", description = "No such allocation (or not one of a partner's hubs)")
    public Response getAllocation(@PathParam("id") UUID id) {
        return Responses.ok(allocations.view(id));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "cancelAllocation",
            summary = "Cancel an open allocation nothing was paid from; its amount returns to the budget")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content = @Content(schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(responseCode = "404", description = "No such allocation")
    @APIResponse(responseCode = "409", description = "Not open, or partly disbursed (release it instead)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response cancelAllocation(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid CloseRequest request) {
        return idempotency.action(
                key,
                "POST " + PATH + "/{id}/cancel",
                id,
                request,
                () -> allocations.close(id, ETags.optional(ifMatch), AllocationStatus.CANCELLED, request.reason()));
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "releaseAllocation",
            summary = "Close an open allocation; what was not disbursed returns to the budget")
    @APIResponse(
            responseCode = "200",
            description = "Released",
            content = @Content(schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(responseCode = "404", description = "No such allocation")
    @APIResponse(responseCode = "409", description = "Not open")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response releaseAllocation(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid CloseRequest request) {
        return idempotency.action(
                key,
                "POST " + PATH + "/{id}/release",
                id,
                request,
                () -> allocations.close(id, ETags.optional(ifMatch), AllocationStatus.RELEASED, request.reason()));
    }
}
