package dev.kindling.startup.rest;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.security.Roles;
import dev.kindling.startup.api.EnrollmentView;
import dev.kindling.startup.api.TransitionRequest;
import dev.kindling.startup.domain.EnrollmentStatus;
import dev.kindling.startup.service.TransitionService;
import dev.kindling.startup.service.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The explicit actions that move an enrollment: each records who, when and why (body {@code reason},
 * required to reject or withdraw). An illegal move is 409 listing the allowed ones; accepting into a
 * full cohort is 409 {@code cohort-full}. If-Match is optional here (the state machine guards the move).
 */
@Path("/api/v1/enrollments/{id}")
@Tag(name = "Enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER})
public class EnrollmentActionResource {
    private final TransitionService transitions;
    private final Idempotency idempotency;

    public EnrollmentActionResource(TransitionService transitions, Idempotency idempotency) {
        this.transitions = transitions;
        this.idempotency = idempotency;
    }

    @POST
    @Path("screen")
    @Operation(operationId = "screenEnrollment", summary = "APPLIED → SCREENING")
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment, or not visible to you")
    @APIResponse(responseCode = "409", description = "Illegal transition (the allowed ones are listed)")
    public Response screen(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam("If-Match") String ifMatch,
            @Valid TransitionRequest request) {
        return move(id, EnrollmentStatus.SCREENING, key, ifMatch, request);
    }

    @POST
    @Path("accept")
    @Operation(operationId = "acceptEnrollment", summary = "SCREENING → ACCEPTED: takes a seat of the cohort")
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment, or not visible to you")
    @APIResponse(
            responseCode = "409",
            description = "Illegal transition (the allowed ones are listed); or the cohort is full")
    public Response accept(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam("If-Match") String ifMatch,
            @Valid TransitionRequest request) {
        return move(id, EnrollmentStatus.ACCEPTED, key, ifMatch, request);
    }

    @POST
    @Path("activate")
    @Operation(operationId = "activateEnrollment", summary = "ACCEPTED → ACTIVE")
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment, or not visible to you")
    @APIResponse(responseCode = "409", description = "Illegal transition (the allowed ones are listed)")
    public Response activate(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam("If-Match") String ifMatch,
            @Valid TransitionRequest request) {
        return move(id, EnrollmentStatus.ACTIVE, key, ifMatch, request);
    }

    @POST
    @Path("graduate")
    @Operation(operationId = "graduateEnrollment", summary = "ACTIVE → GRADUATED")
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment, or not visible to you")
    @APIResponse(responseCode = "409", description = "Illegal transition (the allowed ones are listed)")
    public Response graduate(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam("If-Match") String ifMatch,
            @Valid TransitionRequest request) {
        return move(id, EnrollmentStatus.GRADUATED, key, ifMatch, request);
    }

    @POST
    @Path("reject")
    @Operation(operationId = "rejectEnrollment", summary = "APPLIED or SCREENING → REJECTED (reason required)")
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment, or not visible to you")
    @APIResponse(responseCode = "409", description = "Illegal transition (the allowed ones are listed)")
    public Response reject(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam("If-Match") String ifMatch,
            @Valid TransitionRequest request) {
        return move(id, EnrollmentStatus.REJECTED, key, ifMatch, request);
    }

    @POST
    @Path("withdraw")
    @Operation(
            operationId = "withdrawEnrollment",
            summary = "Any open status → WITHDRAWN (reason required); gives back a held seat")
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment, or not visible to you")
    @APIResponse(responseCode = "409", description = "Illegal transition (the allowed ones are listed)")
    public Response withdraw(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam("If-Match") String ifMatch,
            @Valid TransitionRequest request) {
        return move(id, EnrollmentStatus.WITHDRAWN, key, ifMatch, request);
    }

    private Response move(UUID id, EnrollmentStatus target, String key, String ifMatch, TransitionRequest request) {
        TransitionRequest given = request == null ? new TransitionRequest(null) : request;
        String operation = "POST /api/v1/enrollments/" + id + "/" + target;
        return idempotency.execute(key, operation, given, () -> {
            Versioned<EnrollmentView> moved = transitions.move(id, target, given.reason(), ifMatch);
            return Outcome.ok(moved.etag(), moved.view());
        });
    }
}
