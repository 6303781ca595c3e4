package dev.kindling.funding.rest;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Idempotent;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Responses;
import dev.kindling.common.rest.Versioned;
import dev.kindling.common.security.Roles;
import dev.kindling.common.web.QueryParams;
import dev.kindling.funding.api.ApprovalRequestView;
import dev.kindling.funding.api.CloseRequest;
import dev.kindling.funding.api.DisbursementRequest;
import dev.kindling.funding.api.DisbursementView;
import dev.kindling.funding.service.ApprovalRequests;
import dev.kindling.funding.service.DisbursementService;
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

@Path("/api/v1/disbursements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disbursements", description = "Payments out of allocations, corrected only by reversals")
public class DisbursementResource {
    static final String PATH = "/api/v1/disbursements";

    private final DisbursementService disbursements;
    private final ApprovalRequests approvals;
    private final Idempotency idempotency;

    public DisbursementResource(
            DisbursementService disbursements, ApprovalRequests approvals, Idempotency idempotency) {
        this.disbursements = disbursements;
        this.approvals = approvals;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createDisbursement", summary = "Pay out part of an open allocation")
    @APIResponse(
            responseCode = "201",
            description = "Paid",
            content = @Content(schema = @Schema(implementation = DisbursementView.class)))
    @APIResponse(
            responseCode = "202",
            description = "Held for approval by the budget's policy: nothing paid yet; Location names the approval"
                    + " request",
            content = @Content(schema = @Schema(implementation = ApprovalRequestView.class)))
    @APIResponse(responseCode = "400", description = "Amount not positive or too many decimals")
    @APIResponse(responseCode = "409", description = "More than the allocation has left, or the allocation is closed")
    @APIResponse(responseCode = "422", description = "Unknown allocation, currency mismatch, Idempotency-Key reused")
    public Response createDisbursement(
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid DisbursementRequest request) {
        return idempotency.execute(
                Idempotent.create(key, "POST " + PATH, request), () -> disbursements.check(request), plan -> {
                    var held = approvals.holdDisbursement(plan);
                    if (held.isPresent()) {
                        return Outcome.accepted(
                                ApprovalRequestResource.PATH, held.get().view().id(), held.get());
                    }
                    Versioned<DisbursementView> paid = disbursements.disburse(plan);
                    return Outcome.created(PATH, paid.view().id(), paid);
                });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER, Roles.PARTNER})
    @Operation(operationId = "listDisbursements", summary = "The disbursements of one allocation")
    @APIResponse(responseCode = "200", description = "A page of disbursements")
    @APIResponse(responseCode = "400", description = "allocationId missing, or bad cursor")
    @APIResponse(responseCode = "404", description = "No such allocation (or not one of a partner's hubs)")
    public Page<DisbursementView> listDisbursements(
            @QueryParam("allocationId") @Parameter(required = true, schema = @Schema(implementation = UUID.class))
                    String allocationId,
            @BeanParam @Valid PageRequest page) {
        UUID allocation = QueryParams.uuid("allocationId", allocationId);
        if (allocation == null) {
            throw ProblemException.badRequest("allocationId", "is required");
        }
        return disbursements.list(allocation, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER, Roles.PARTNER})
    @Operation(operationId = "getDisbursement", summary = "A disbursement and its reversal, if any")
    @APIResponse(
            responseCode = "200",
            description = "The disbursement",
            content = @Content(schema = @Schema(implementation = DisbursementView.class)))
    @APIResponse(responseCode = "404", description = "No such disbursement")
    public Response getDisbursement(@PathParam("id") UUID id) {
        return Responses.ok(disbursements.view(id));
    }

    @POST
    @Path("{id}/reverse")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "reverseDisbursement", summary = "Correct a disbursement by a reversal entry (once)")
    @APIResponse(
            responseCode = "200",
            description = "Reversed",
            content = @Content(schema = @Schema(implementation = DisbursementView.class)))
    @APIResponse(responseCode = "404", description = "No such disbursement")
    @APIResponse(responseCode = "409", description = "Already reversed")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response reverseDisbursement(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid CloseRequest request) {
        return idempotency.action(
                key,
                "POST " + PATH + "/{id}/reverse",
                id,
                request,
                () -> disbursements.reverse(id, ETags.optional(ifMatch), request.reason()));
    }
}
