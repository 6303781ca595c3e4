package dev.kindling.startup.rest;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.rest.Responses;
import dev.kindling.common.security.Roles;
import dev.kindling.common.web.QueryParams;
import dev.kindling.startup.api.ReasonRequest;
import dev.kindling.startup.api.ReviewRequest;
import dev.kindling.startup.api.ReviewView;
import dev.kindling.startup.domain.ReviewStatus;
import dev.kindling.startup.service.ReviewService;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ReviewResource.PATH)
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {
    static final String PATH = "/api/v1/reviews";

    private final ReviewService reviews;
    private final Idempotency idempotency;

    public ReviewResource(ReviewService reviews, Idempotency idempotency) {
        this.reviews = reviews;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.REVIEWER, Roles.VIEWER})
    @Operation(
            operationId = "listReviews",
            summary = "Reviews, filtered",
            description = "Staff see every review. A reviewer sees its own and, in a call that is not blind, the"
                    + " submitted reviews of others on applications assigned to it; in a blind call none but its"
                    + " own.")
    @APIResponse(responseCode = "200", description = "A page of reviews")
    @APIResponse(responseCode = "400", description = "Bad filter or cursor")
    public Page<ReviewView> listReviews(
            @QueryParam("callId") @Parameter(schema = @Schema(implementation = UUID.class)) String callId,
            @QueryParam("applicationId") @Parameter(schema = @Schema(implementation = UUID.class)) String applicationId,
            @QueryParam("reviewer") @Parameter(schema = @Schema(maxLength = 200)) String reviewer,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ReviewStatus.class)) String status,
            @BeanParam @Valid PageRequest page) {
        return reviews.list(
                QueryParams.uuid("callId", callId),
                QueryParams.uuid("applicationId", applicationId),
                QueryParams.text("reviewer", reviewer, 200),
                QueryParams.enumValue(ReviewStatus.class, "status", status),
                page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.REVIEWER, Roles.VIEWER})
    @Operation(operationId = "getReview", summary = "A review, with its history")
    @APIResponse(
            responseCode = "200",
            description = "The review",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "404", description = "No such review the caller may see")
    public Response getReview(@PathParam("id") UUID id) {
        return Responses.ok(reviews.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(
            operationId = "saveReview",
            summary = "The reviewer saves its scores so far and comment (If-Match required)",
            description = "Scores may be partial; each must be a criterion of the call's rubric, within its scale.")
    @APIResponse(
            responseCode = "200",
            description = "Saved; new ETag",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "A score outside its scale, or not a criterion (each named)")
    @APIResponse(responseCode = "403", description = "Another reviewer's review")
    @APIResponse(responseCode = "404", description = "No such review the caller may see")
    @APIResponse(responseCode = "409", description = "Not open (submitted or removed)")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response saveReview(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ReviewRequest request) {
        return Responses.ok(reviews.save(id, ETags.required(ifMatch), request));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(
            operationId = "submitReview",
            summary = "The reviewer submits: a score for every criterion, within its scale; final",
            description = "Fixes the review's score (the weighted mean, see the ranking). Only a manager can"
                    + " reopen it; the submitted scores stay in its history.")
    @APIResponse(
            responseCode = "200",
            description = "SUBMITTED",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "A criterion unscored, a score outside its scale")
    @APIResponse(responseCode = "403", description = "Another reviewer's review")
    @APIResponse(responseCode = "404", description = "No such review the caller may see")
    @APIResponse(responseCode = "409", description = "Already submitted, or removed")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response submitReview(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ReviewRequest request) {
        return idempotency.action(
                key,
                "POST " + PATH + "/{id}/submit",
                id,
                request,
                () -> reviews.submit(id, ETags.optional(ifMatch), request));
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "reopenReview",
            summary = "Reopen a submitted review for its reviewer, with the reason (kept in its history)")
    @APIResponse(
            responseCode = "200",
            description = "ASSIGNED again",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "404", description = "No such review")
    @APIResponse(responseCode = "409", description = "Not submitted")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response reopenReview(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ReasonRequest request) {
        return idempotency.action(
                key,
                "POST " + PATH + "/{id}/reopen",
                id,
                request,
                () -> reviews.reopen(id, ETags.optional(ifMatch), request.reason()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "removeReview", summary = "Unassign an open review (it stays, REMOVED, with its history)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such review")
    @APIResponse(responseCode = "409", description = "Submitted (reopen it first) or already removed")
    public void removeReview(@PathParam("id") UUID id) {
        reviews.remove(id);
    }
}
