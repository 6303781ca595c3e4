package dev.kindling.startup.rest;

import dev.kindling.common.csv.CsvAnswers;
import dev.kindling.common.csv.CsvChoice;
import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Idempotent;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.rest.Versioned;
import dev.kindling.common.security.Roles;
import dev.kindling.startup.api.AssignmentRequest;
import dev.kindling.startup.api.AutoAssignmentRequest;
import dev.kindling.startup.api.AutoAssignmentView;
import dev.kindling.startup.api.DecisionRequest;
import dev.kindling.startup.api.DecisionView;
import dev.kindling.startup.api.RankingView;
import dev.kindling.startup.api.ReviewView;
import dev.kindling.startup.service.AutoAssignment;
import dev.kindling.startup.service.DecisionService;
import dev.kindling.startup.service.RankingService;
import dev.kindling.startup.service.ReviewService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A call's review: assigning reviewers, the ranking, and decisions from it. */
@Path("/api/v1/calls/{id}")
@Tag(name = "Reviews", description = "Reviewers' assignments, scores, conflicts; a call's ranking and decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallReviewResource {
    private final ReviewService reviews;
    private final AutoAssignment autoAssignment;
    private final RankingService rankings;
    private final DecisionService decisions;
    private final Idempotency idempotency;

    public CallReviewResource(
            ReviewService reviews,
            AutoAssignment autoAssignment,
            RankingService rankings,
            DecisionService decisions,
            Idempotency idempotency) {
        this.reviews = reviews;
        this.autoAssignment = autoAssignment;
        this.rankings = rankings;
        this.decisions = decisions;
        this.idempotency = idempotency;
    }

    @POST
    @Path("assignments")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "assignReviewer",
            summary = "Assign one reviewer to one submitted application of the call (an open review)",
            description = "The reviewer is a token subject. Refused for a reviewer with a declared conflict with"
                    + " the application's startup or partner (409 reviewer-conflict) or one already reviewing it"
                    + " (409 with Location). A reviewer removed earlier is assigned again on the same review.")
    @APIResponse(
            responseCode = "201",
            description = "Assigned",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "A conflict, or the reviewer already reviews it")
    @APIResponse(responseCode = "422", description = "No such application to this call, or it is not SUBMITTED")
    public Response assignReviewer(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @NotNull @Valid AssignmentRequest request) {
        return idempotency.execute(Idempotent.on(key, "POST /api/v1/calls/{id}/assignments", id, request), () -> {
            Versioned<ReviewView> created = reviews.assign(id, request);
            return Outcome.created(ReviewResource.PATH, created.view().id(), created);
        });
    }

    @POST
    @Path("assignments/auto")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "autoAssignReviewers",
            summary = "Give every submitted application the call's number of reviewers from a pool",
            description = "Each application is topped up to reviewersPerApplication distinct reviewers, never one"
                    + " with a declared conflict with its startup or partner. The most constrained applications"
                    + " (fewest eligible reviewers) go first and each takes the least-loaded eligible reviewers,"
                    + " so that without conflicts reviewers' loads in the call differ by at most one. All or"
                    + " nothing: if some application has too few eligible reviewers, 409 reviewers-short names each"
                    + " and nothing is assigned. Asking again (or two managers at once) assigns only what is"
                    + " missing: one assignment set.")
    @APIResponse(
            responseCode = "200",
            description = "What was assigned, and the pool's loads",
            content = @Content(schema = @Schema(implementation = AutoAssignmentView.class)))
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "Too few eligible reviewers for some applications (each named)")
    public AutoAssignmentView autoAssignReviewers(
            @PathParam("id") UUID id, @NotNull @Valid AutoAssignmentRequest request) {
        return autoAssignment.assign(id, request.reviewers());
    }

    @GET
    @Path("ranking")
    @Produces({MediaType.APPLICATION_JSON, CsvAnswers.CSV})
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    @Operation(
            operationId = "getCallRanking",
            summary = "The call's submitted applications ranked, with how each figure is computed",
            description = "A review's score is the weighted mean of its criteria: each score's place on its"
                    + " criterion's scale, (score − min) / (max − min), weighted by the criterion's weight, put back"
                    + " on the rubric's scale (the criteria's common scale, or 0–100 when they differ): with one"
                    + " scale, Σ weight × score / Σ weight. meanScore: the mean of the application's review"
                    + " scores. normalisedScore corrects for lenient and harsh reviewers: each review's z-score"
                    + " against its reviewer, (x − μ_r) / σ_r over every score that reviewer gave in the call"
                    + " (population standard deviation; 0 when σ_r is 0, e.g. a single review), averaged per"
                    + " application and put back on the scale as μ + z̄ × σ with μ and σ over every submitted score"
                    + " of the call, clamped to the scale. spread: highest minus lowest review score;"
                    + " disagreement: spread above a quarter of the scale's range. Ranked by normalisedScore,"
                    + " then meanScore; applications without a submitted review come last, unranked. Figures"
                    + " are rounded to 4 decimals. Only submitted reviews count.")
    @APIResponse(
            responseCode = "200",
            description = "The ranking, as JSON or CSV",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RankingView.class)),
                @Content(mediaType = CsvAnswers.CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "404", description = "No such call")
    public Response getCallRanking(@PathParam("id") UUID id, @BeanParam CsvChoice format) {
        if (format.csv()) {
            return CsvAnswers.of(rankings.csv(id), "ranking-" + id + ".csv");
        }
        return Response.ok(rankings.ranking(id), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @POST
    @Path("decisions")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "decideApplications",
            summary = "Move applications' enrollments on in bulk: a list, or a cut of the ranking",
            description = "Each application's enrollment moves to the status asked through the enrollment"
                    + " transitions (APPLIED → ACCEPTED takes SCREENING then ACCEPTED, both in its history), with"
                    + " the cohort's capacity and the counters; one application per transaction, in the order"
                    + " given (a ranking cut: best first, so seats go to the best ranked). An item is applied whole"
                    + " or not at all; a refused one (cohort-full, illegal-transition…) is FAILED with its problem"
                    + " type and leaves the others be. Repeating the request is harmless: enrollments already"
                    + " there are UNCHANGED. A reason is required to reach REJECTED or WITHDRAWN.")
    @APIResponse(
            responseCode = "200",
            description = "Each item's outcome",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of items and fromRanking, an item twice")
    @APIResponse(responseCode = "404", description = "No such call")
    public DecisionView decideApplications(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return decisions.decide(id, request);
    }
}
