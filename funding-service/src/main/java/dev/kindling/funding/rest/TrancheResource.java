package dev.kindling.funding.rest;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Idempotent;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.rest.Responses;
import dev.kindling.common.security.Roles;
import dev.kindling.common.web.QueryParams;
import dev.kindling.funding.api.ApprovalNote;
import dev.kindling.funding.api.CloseRequest;
import dev.kindling.funding.api.EvidenceRequest;
import dev.kindling.funding.api.TrancheRequest;
import dev.kindling.funding.api.TrancheView;
import dev.kindling.funding.domain.MilestoneStatus;
import dev.kindling.funding.service.Tranches;
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

@Path("/api/v1/tranches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Tranches",
        description = "An allocation's payment schedule: each tranche is paid once its milestone is approved")
public class TrancheResource {
    static final String PATH = "/api/v1/tranches";

    private final Tranches tranches;
    private final Idempotency idempotency;

    public TrancheResource(Tranches tranches, Idempotency idempotency) {
        this.tranches = tranches;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "createTranche",
            summary = "Add a tranche and its milestone to an open allocation's schedule",
            description = "The schedule (the sum of the tranches) never exceeds what the allocation commits. Once"
                    + " an allocation has a schedule, every disbursement from it names a tranche; a schedule"
                    + " must start before the first payment.")
    @APIResponse(
            responseCode = "201",
            description = "Scheduled",
            content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "400", description = "Amount not positive or too many decimals, fields missing")
    @APIResponse(
            responseCode = "409",
            description = "The schedule would exceed the allocation, the allocation was paid without a schedule,"
                    + " or it is not open")
    @APIResponse(responseCode = "422", description = "Unknown allocation, currency mismatch, Idempotency-Key reused")
    public Response createTranche(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid TrancheRequest request) {
        return idempotency.execute(Idempotent.create(key, "POST " + PATH, request), () -> {
            var created = tranches.create(request);
            return Outcome.created(PATH, created.view().id(), created);
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER, Roles.PARTNER})
    @Operation(
            operationId = "listTranches",
            summary = "Tranches and their milestones (a partner sees those of its hubs)",
            description = "`overdue=true` lists the milestones past their due date and not approved, on open"
                    + " allocations: what a grants officer chases.")
    @APIResponse(responseCode = "200", description = "A page of tranches, in creation order")
    @APIResponse(responseCode = "400", description = "Bad filter or cursor")
    @APIResponse(responseCode = "404", description = "allocationId names no allocation the caller may see")
    public Page<TrancheView> listTranches(
            @QueryParam("allocationId") @Parameter(schema = @Schema(implementation = UUID.class)) String allocationId,
            @QueryParam("hubId") @Parameter(schema = @Schema(implementation = UUID.class)) String hubId,
            @QueryParam("status")
                    @Parameter(
                            description = "The milestone's status",
                            schema = @Schema(implementation = MilestoneStatus.class))
                    String status,
            @QueryParam("overdue")
                    @Parameter(
                            description = "true: only overdue milestones",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String overdue,
            @BeanParam @Valid PageRequest page) {
        return tranches.list(
                QueryParams.uuid("allocationId", allocationId),
                QueryParams.uuid("hubId", hubId),
                QueryParams.enumValue(MilestoneStatus.class, "status", status),
                Boolean.TRUE.equals(QueryParams.bool("overdue", overdue)),
                page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER, Roles.PARTNER})
    @Operation(operationId = "getTranche", summary = "A tranche, what was paid of it, and its milestone's history")
    @APIResponse(
            responseCode = "200",
            description = "The tranche",
            content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "404", description = "No such tranche (or not one of a partner's hubs)")
    public Response getTranche(@PathParam("id") UUID id) {
        return Responses.ok(tranches.view(id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "deleteTranche",
            summary = "Remove a tranche entered by mistake",
            description = "Only a tranche whose milestone is PENDING (no evidence ever submitted) and that was"
                    + " never paid from; its amount leaves the schedule.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such tranche")
    @APIResponse(responseCode = "409", description = "Evidence was submitted or something was paid")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public void deleteTranche(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch) {
        tranches.remove(id, ETags.optional(ifMatch));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER})
    @Operation(
            operationId = "submitMilestone",
            summary = "Submit evidence that a tranche's milestone is reached (again, after a rejection)",
            description = "By staff or by a partner of the recipient's hub.")
    @APIResponse(
            responseCode = "200",
            description = "SUBMITTED",
            content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "404", description = "No such tranche (or not one of a partner's hubs)")
    @APIResponse(responseCode = "409", description = "Already submitted or approved")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response submitMilestone(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid EvidenceRequest request) {
        return idempotency.action(
                key,
                "POST " + PATH + "/{id}/submit",
                id,
                request,
                () -> tranches.submit(id, ETags.optional(ifMatch), request));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "approveMilestone", summary = "Approve a submitted milestone: its tranche may be paid")
    @APIResponse(
            responseCode = "200",
            description = "APPROVED",
            content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "404", description = "No such tranche")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response approveMilestone(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ApprovalNote request) {
        return idempotency.action(
                key,
                "POST " + PATH + "/{id}/approve",
                id,
                request,
                () -> tranches.decide(id, ETags.optional(ifMatch), MilestoneStatus.APPROVED, request.reason()));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "rejectMilestone",
            summary = "Reject a submitted milestone, with the reason; the evidence can be submitted again")
    @APIResponse(
            responseCode = "200",
            description = "REJECTED",
            content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "404", description = "No such tranche")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response rejectMilestone(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid CloseRequest request) {
        return idempotency.action(
                key,
                "POST " + PATH + "/{id}/reject",
                id,
                request,
                () -> tranches.decide(id, ETags.optional(ifMatch), MilestoneStatus.REJECTED, request.reason()));
    }
}
