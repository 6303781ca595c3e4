package dev.kindling.startup.rest;

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
import dev.kindling.startup.api.AnswersRequest;
import dev.kindling.startup.api.ApplicationRequest;
import dev.kindling.startup.api.ApplicationView;
import dev.kindling.startup.api.WithdrawalRequest;
import dev.kindling.startup.domain.ApplicationStatus;
import dev.kindling.startup.service.ApplicationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/applications")
@Tag(name = "Applications", description = "Startups' applications to calls; submitting one makes its enrollment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {
    static final String PATH = "/api/v1/applications";

    private final ApplicationService applications;
    private final Idempotency idempotency;

    public ApplicationResource(ApplicationService applications, Idempotency idempotency) {
        this.applications = applications;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER})
    @Operation(
            operationId = "createApplication",
            summary = "Start a startup's application to an open call (a DRAFT)",
            description = "The startup by id, or by its details: a startup the duplicate rules recognise (same"
                    + " website, or same name in the same country) is used, else it is registered. Answers given are"
                    + " checked against their questions (required ones only at submission). One application per"
                    + " startup and call (409 with Location).")
    @APIResponse(
            responseCode = "201",
            description = "Drafted",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "An answer that does not fit its question (each named)")
    @APIResponse(
            responseCode = "409",
            description = "The call is not taking applications (call-closed), or the startup already applied")
    @APIResponse(responseCode = "422", description = "Unknown call or startup, Idempotency-Key reused")
    public Response createApplication(
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid ApplicationRequest request) {
        return idempotency.execute(Idempotent.create(key, "POST " + PATH, request), () -> {
            Versioned<ApplicationView> created = applications.create(request);
            return Outcome.created(PATH, created.view().id(), created);
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.REVIEWER, Roles.VIEWER})
    @Operation(operationId = "listApplications", summary = "Applications, filtered (a partner: its hubs')")
    @APIResponse(responseCode = "200", description = "A page of applications")
    @APIResponse(responseCode = "400", description = "Bad filter or cursor")
    @APIResponse(responseCode = "404", description = "callId names no call the caller may see")
    public Page<ApplicationView> listApplications(
            @QueryParam("callId") @Parameter(schema = @Schema(implementation = UUID.class)) String callId,
            @QueryParam("startupId") @Parameter(schema = @Schema(implementation = UUID.class)) String startupId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ApplicationStatus.class)) String status,
            @BeanParam @Valid PageRequest page) {
        return applications.list(
                QueryParams.uuid("callId", callId),
                QueryParams.uuid("startupId", startupId),
                QueryParams.enumValue(ApplicationStatus.class, "status", status),
                page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.REVIEWER, Roles.VIEWER})
    @Operation(operationId = "getApplication", summary = "An application and its answers")
    @APIResponse(
            responseCode = "200",
            description = "The application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application (or not at a partner's hubs)")
    public Response getApplication(@PathParam("id") UUID id) {
        return Responses.ok(applications.get(id));
    }

    @PUT
    @Path("{id}/answers")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER})
    @Operation(operationId = "replaceApplicationAnswers", summary = "Replace a DRAFT's answers (If-Match required)")
    @APIResponse(
            responseCode = "200",
            description = "Saved; new ETag",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "An answer that does not fit its question")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not a DRAFT")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceApplicationAnswers(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid AnswersRequest request) {
        return Responses.ok(applications.replaceAnswers(id, ETags.required(ifMatch), request.answers()));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER})
    @Operation(
            operationId = "submitApplication",
            summary = "Submit a DRAFT: answers complete, eligibility met, call open; makes the APPLIED enrollment")
    @APIResponse(
            responseCode = "200",
            description = "SUBMITTED, with its enrollmentId",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "A required question unanswered, or an answer that does not fit")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(
            responseCode = "409",
            description = "Not a DRAFT, the call closed (call-closed), or the startup already in the cohort")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "The startup does not meet the call's rules (each named)")
    public Response submitApplication(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return idempotency.action(
                key, "POST " + PATH + "/{id}/submit", id, null, () -> applications.submit(id, ETags.optional(ifMatch)));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER})
    @Operation(
            operationId = "withdrawApplication",
            summary = "Withdraw an application, with the reason; a submitted one's enrollment is withdrawn too")
    @APIResponse(
            responseCode = "200",
            description = "WITHDRAWN",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response withdrawApplication(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid WithdrawalRequest request) {
        return idempotency.action(
                key,
                "POST " + PATH + "/{id}/withdraw",
                id,
                request,
                () -> applications.withdraw(id, ETags.optional(ifMatch), request.reason()));
    }
}
