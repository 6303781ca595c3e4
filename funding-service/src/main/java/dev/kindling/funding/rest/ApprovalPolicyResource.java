package dev.kindling.funding.rest;

import dev.kindling.common.persistence.ETags;
import dev.kindling.common.rest.Responses;
import dev.kindling.common.security.Roles;
import dev.kindling.funding.api.ApprovalPolicyRequest;
import dev.kindling.funding.api.ApprovalPolicyView;
import dev.kindling.funding.service.ApprovalPolicies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/budgets/{id}/approval-policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Approvals", description = "Two-person (or more) approval of allocations and disbursements")
public class ApprovalPolicyResource {
    private final ApprovalPolicies policies;

    public ApprovalPolicyResource(ApprovalPolicies policies) {
        this.policies = policies;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    @Operation(operationId = "getApprovalPolicy", summary = "A budget's approval policy")
    @APIResponse(
            responseCode = "200",
            description = "The policy",
            content = @Content(schema = @Schema(implementation = ApprovalPolicyView.class)))
    @APIResponse(responseCode = "404", description = "No such budget, or it has no policy (movements happen at once)")
    public Response getApprovalPolicy(@PathParam("id") UUID id) {
        return Responses.ok(policies.view(id));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "putApprovalPolicy",
            summary = "Set a budget's approval policy: approver roles and thresholds (amounts strictly over"
                    + " a threshold need its number of distinct approvers)")
    @APIResponse(
            responseCode = "200",
            description = "The policy as set, with its ETag",
            content = @Content(schema = @Schema(implementation = ApprovalPolicyView.class)))
    @APIResponse(responseCode = "404", description = "No such budget")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "A threshold not in the budget's currency")
    @APIResponse(responseCode = "428", description = "Replacing a policy without If-Match")
    public Response putApprovalPolicy(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ApprovalPolicyRequest request) {
        return Responses.ok(policies.put(id, ifMatch, request));
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "deleteApprovalPolicy",
            summary = "Remove a budget's approval policy (pending requests stay and can still be decided)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such budget or no policy")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response deleteApprovalPolicy(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        policies.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
