package dev.kindling.funding.rest;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Responses;
import dev.kindling.common.security.Roles;
import dev.kindling.common.web.QueryParams;
import dev.kindling.funding.api.ApprovalNote;
import dev.kindling.funding.api.ApprovalRequestView;
import dev.kindling.funding.domain.ApprovalKind;
import dev.kindling.funding.domain.ApprovalStatus;
import dev.kindling.funding.service.ApprovalDecisions;
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

/**
 * The approval queue and its decisions. A request appears here when creating an allocation or a
 * disbursement answered 202 because the budget's policy holds it for approval.
 */
@Path("/api/v1/approval-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Approvals", description = "Two-person (or more) approval of allocations and disbursements")
@APIResponse(
        responseCode = "200",
        description = "The request as it stands, with its ETag",
        content = @Content(schema = @Schema(implementation = ApprovalRequestView.class)))
public class ApprovalRequestResource {
    static final String PATH = "/api/v1/approval-requests";

    private final ApprovalRequests requests;
    private final ApprovalDecisions decisions;
    private final Idempotency idempotency;

    public ApprovalRequestResource(ApprovalRequests requests, ApprovalDecisions decisions, Idempotency idempotency) {
        this.requests = requests;
        this.decisions = decisions;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER, Roles.PARTNER})
    @Operation(
            operationId = "listApprovalRequests",
            summary = "The approval queue (?status=PENDING_APPROVAL), with each request's age; a partner sees"
                    + " those of its hubs")
    @APIResponse(responseCode = "200", description = "A page of approval requests")
    public Page<ApprovalRequestView> listApprovalRequests(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ApprovalStatus.class)) String status,
            @QueryParam("budgetId") @Parameter(schema = @Schema(implementation = UUID.class)) String budgetId,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = ApprovalKind.class)) String kind,
            @BeanParam @Valid PageRequest page) {
        return requests.list(
                QueryParams.enumValue(ApprovalStatus.class, "status", status),
                QueryParams.uuid("budgetId", budgetId),
                QueryParams.enumValue(ApprovalKind.class, "kind", kind),
                page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER, Roles.PARTNER})
    @Operation(operationId = "getApprovalRequest", summary = "An approval request with every approval given")
    @APIResponse(responseCode = "404", description = "No such request (or not one of a partner's hubs)")
    public Response getApprovalRequest(@PathParam("id") UUID id) {
        return Responses.ok(requests.view(id));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "approveApprovalRequest",
            summary = "Approve (one person counts once); the approval that completes the count moves the money")
    @APIResponse(
            responseCode = "403",
            description = "The requester (self-approval), or a role the policy does not allow")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(
            responseCode = "409",
            description = "Not pending any more, or (on the last approval) the budget or allocation cannot cover it;"
                    + " nothing moved")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused")
    public Response approveApprovalRequest(
            @PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid ApprovalNote note) {
        return idempotency.action(
                key, "POST " + PATH + "/{id}/approve", id, note, () -> decisions.approve(id, note.reason()));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "rejectApprovalRequest", summary = "Reject a pending request, with a reason")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "403", description = "A role the policy does not allow to decide")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Not pending any more")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused")
    public Response rejectApprovalRequest(
            @PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid ApprovalNote note) {
        String reason = required(note);
        return idempotency.action(key, "POST " + PATH + "/{id}/reject", id, note, () -> decisions.reject(id, reason));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "cancelApprovalRequest", summary = "Withdraw one's own pending request, with a reason")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "403", description = "Not the requester")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Not pending any more")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused")
    public Response cancelApprovalRequest(
            @PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid ApprovalNote note) {
        String reason = required(note);
        return idempotency.action(key, "POST " + PATH + "/{id}/cancel", id, note, () -> decisions.cancel(id, reason));
    }

    private static String required(ApprovalNote note) {
        if (note.reason() == null || note.reason().isBlank()) {
            throw ProblemException.badRequest("reason", "must not be blank");
        }
        return note.reason().trim();
    }
}
