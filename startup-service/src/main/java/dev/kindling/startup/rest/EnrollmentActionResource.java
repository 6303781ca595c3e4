package dev.kindling.startup.rest;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.security.Roles;
import dev.kindling.startup.api.EnrollmentView;
import dev.kindling.startup.api.TransitionRequest;
import dev.kindling.startup.domain.EnrollmentStatus;
import dev.kindling.startup.service.TransitionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The explicit actions that move an enrollment: each records who, when and why (body {@code reason},
 * required to reject or withdraw). An illegal move is 409 listing the allowed ones; accepting into a
 * full cohort is 409 {@code cohort-full}. If-Match is optional, as on every action (412 when stale).
 * One operation per move, so that generated clients name each; they share everything else.
 */
@Path("/api/v1/enrollments/{id}")
@Tag(name = "Enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER})
@APIResponse(
        responseCode = "200",
        description = "Moved",
        content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
@APIResponse(responseCode = "404", description = "No such enrollment, or not visible to you")
@APIResponse(responseCode = "409", description = "Illegal transition (the allowed ones are listed)")
@APIResponse(responseCode = "412", description = "If-Match is stale")
public class EnrollmentActionResource {
    private final TransitionService transitions;
    private final Idempotency idempotency;

    public EnrollmentActionResource(TransitionService transitions, Idempotency idempotency) {
        this.transitions = transitions;
        this.idempotency = idempotency;
    }

    /** What every move takes besides its body: the enrollment, an Idempotency-Key, an optional If-Match. */
    public static class Move {
        @PathParam("id")
        UUID id;

        @HeaderParam(Idempotency.HEADER)
        String key;

        @HeaderParam(ETags.IF_MATCH)
        String ifMatch;
    }

    @POST
    @Path("screen")
    @Operation(operationId = "screenEnrollment", summary = "APPLIED → SCREENING")
    public Response screenEnrollment(
            @BeanParam Move move,
            @RequestBody(required = false, description = "Optional") @Valid TransitionRequest request) {
        return move(move, "screen", EnrollmentStatus.SCREENING, request);
    }

    @POST
    @Path("accept")
    @Operation(operationId = "acceptEnrollment", summary = "SCREENING → ACCEPTED: takes a seat of the cohort")
    @APIResponse(
            responseCode = "409",
            description = "Illegal transition (the allowed ones are listed); or the cohort is full")
    public Response acceptEnrollment(
            @BeanParam Move move,
            @RequestBody(required = false, description = "Optional") @Valid TransitionRequest request) {
        return move(move, "accept", EnrollmentStatus.ACCEPTED, request);
    }

    @POST
    @Path("activate")
    @Operation(operationId = "activateEnrollment", summary = "ACCEPTED → ACTIVE")
    public Response activateEnrollment(
            @BeanParam Move move,
            @RequestBody(required = false, description = "Optional") @Valid TransitionRequest request) {
        return move(move, "activate", EnrollmentStatus.ACTIVE, request);
    }

    @POST
    @Path("graduate")
    @Operation(operationId = "graduateEnrollment", summary = "ACTIVE → GRADUATED")
    public Response graduateEnrollment(
            @BeanParam Move move,
            @RequestBody(required = false, description = "Optional") @Valid TransitionRequest request) {
        return move(move, "graduate", EnrollmentStatus.GRADUATED, request);
    }

    @POST
    @Path("reject")
    @Operation(operationId = "rejectEnrollment", summary = "APPLIED or SCREENING → REJECTED (reason required)")
    public Response rejectEnrollment(
            @BeanParam Move move,
            @RequestBody(required = false, description = "Optional") @Valid TransitionRequest request) {
        return move(move, "reject", EnrollmentStatus.REJECTED, request);
    }

    @POST
    @Path("withdraw")
    @Operation(
            operationId = "withdrawEnrollment",
            summary = "Any open status → WITHDRAWN (reason required); gives back a held seat")
    public Response withdrawEnrollment(
            @BeanParam Move move,
            @RequestBody(required = false, description = "Optional") @Valid TransitionRequest request) {
        return move(move, "withdraw", EnrollmentStatus.WITHDRAWN, request);
    }

    private Response move(Move move, String verb, EnrollmentStatus target, TransitionRequest request) {
        TransitionRequest given = request == null ? new TransitionRequest(null) : request;
        String operation = "POST /api/v1/enrollments/{id}/" + verb;
        return idempotency.action(
                move.key,
                operation,
                move.id,
                given,
                () -> transitions.move(move.id, target, given.reason(), ETags.optional(move.ifMatch)));
    }
}
