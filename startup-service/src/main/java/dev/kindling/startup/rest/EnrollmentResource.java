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
import dev.kindling.startup.api.EnrollmentRequest;
import dev.kindling.startup.api.EnrollmentView;
import dev.kindling.startup.api.TransitionView;
import dev.kindling.startup.domain.EnrollmentStatus;
import dev.kindling.startup.service.EnrollmentService;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/enrollments")
@Tag(name = "Enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrollmentResource {
    static final String PATH = "/api/v1/enrollments";

    private final EnrollmentService enrollments;
    private final Idempotency idempotency;

    public EnrollmentResource(EnrollmentService enrollments, Idempotency idempotency) {
        this.enrollments = enrollments;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER})
    @Operation(operationId = "createEnrollment", summary = "Apply a startup to a cohort (status APPLIED)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "409", description = "The startup already applied to this cohort (see Location)")
    @APIResponse(responseCode = "422", description = "Unknown startup or cohort; or Idempotency-Key reused")
    public Response createEnrollment(
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid EnrollmentRequest request) {
        return idempotency.execute(Idempotent.create(key, "POST " + PATH, request), () -> {
            Versioned<EnrollmentView> created = enrollments.apply(request);
            return Outcome.created(PATH, created.view().id(), created);
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "listEnrollments", summary = "List enrollments, filtered, in keyset pages")
    @APIResponse(responseCode = "200", description = "A page of enrollments")
    public Page<EnrollmentView> listEnrollments(
            @QueryParam("startupId") @Parameter(schema = @Schema(implementation = UUID.class)) String startupId,
            @QueryParam("cohortId") @Parameter(schema = @Schema(implementation = UUID.class)) String cohortId,
            @QueryParam("programId") @Parameter(schema = @Schema(implementation = UUID.class)) String programId,
            @QueryParam("hubId") @Parameter(schema = @Schema(implementation = UUID.class)) String hubId,
            @Parameter(
                            description = "Status, repeatable: ?status=ACCEPTED&status=ACTIVE",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = EnrollmentStatus.class))
                    @QueryParam("status")
                    List<String> status,
            @BeanParam @Valid PageRequest page) {
        return enrollments.list(
                QueryParams.uuid("startupId", startupId),
                QueryParams.uuid("cohortId", cohortId),
                QueryParams.uuid("programId", programId),
                QueryParams.uuid("hubId", hubId),
                QueryParams.enumValues(EnrollmentStatus.class, "status", status),
                page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "getEnrollment", summary = "Read an enrollment and the moves it allows")
    @APIResponse(
            responseCode = "200",
            description = "The enrollment",
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment, or not visible to you")
    public Response getEnrollment(@PathParam("id") UUID id) {
        return Responses.ok(enrollments.get(id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "listEnrollmentHistory", summary = "Every status move of an enrollment, oldest first")
    @APIResponse(responseCode = "200", description = "A page of transitions")
    @APIResponse(responseCode = "404", description = "No such enrollment, or not visible to you")
    public Page<TransitionView> listEnrollmentHistory(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return enrollments.history(id, page);
    }
}
