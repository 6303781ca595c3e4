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
import dev.kindling.startup.api.CallRequest;
import dev.kindling.startup.api.CallView;
import dev.kindling.startup.domain.CallStatus;
import dev.kindling.startup.service.CallService;
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

@Path("/api/v1/calls")
@Tag(name = "Calls", description = "Calls for applications to a cohort: form, eligibility, rubric, window")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallResource {
    static final String PATH = "/api/v1/calls";

    private final CallService calls;
    private final Idempotency idempotency;

    public CallResource(CallService calls, Idempotency idempotency) {
        this.calls = calls;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "createCall",
            summary = "Draft a call for applications to a cohort",
            description = "Questions are SHORT_TEXT (at most 200 characters, or maxLength), LONG_TEXT (maxLength,"
                    + " default 5000), NUMBER (min, max), SINGLE_CHOICE and MULTIPLE_CHOICE (options), URL (http or"
                    + " https) and DATE; each may be required. Eligibility rules (countries, founded on or after,"
                    + " team size, sectors) are checked at submission. The rubric's criteria have a weight and a"
                    + " scale for the reviewers.")
    @APIResponse(
            responseCode = "201",
            description = "Drafted",
            content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "400", description = "A fault in the form, rubric, rules or window (each named)")
    @APIResponse(responseCode = "422", description = "Unknown cohort, Idempotency-Key reused")
    public Response createCall(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid CallRequest request) {
        return idempotency.execute(Idempotent.create(key, "POST " + PATH, request), () -> {
            Versioned<CallView> created = calls.create(request);
            return Outcome.created(PATH, created.view().id(), created);
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.REVIEWER, Roles.VIEWER})
    @Operation(operationId = "listCalls", summary = "Calls, filtered (a partner sees those of its hubs)")
    @APIResponse(responseCode = "200", description = "A page of calls")
    @APIResponse(responseCode = "400", description = "Bad filter or cursor")
    public Page<CallView> listCalls(
            @QueryParam("cohortId") @Parameter(schema = @Schema(implementation = UUID.class)) String cohortId,
            @QueryParam("programId") @Parameter(schema = @Schema(implementation = UUID.class)) String programId,
            @QueryParam("hubId") @Parameter(schema = @Schema(implementation = UUID.class)) String hubId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = CallStatus.class)) String status,
            @BeanParam @Valid PageRequest page) {
        return calls.list(
                QueryParams.uuid("cohortId", cohortId),
                QueryParams.uuid("programId", programId),
                QueryParams.uuid("hubId", hubId),
                QueryParams.enumValue(CallStatus.class, "status", status),
                page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.REVIEWER, Roles.VIEWER})
    @Operation(operationId = "getCall", summary = "A call, its form, rules and rubric")
    @APIResponse(
            responseCode = "200",
            description = "The call",
            content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "404", description = "No such call (or not at a partner's hubs)")
    public Response getCall(@PathParam("id") UUID id) {
        return Responses.ok(calls.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "replaceCall", summary = "Replace a DRAFT call (If-Match required)")
    @APIResponse(
            responseCode = "200",
            description = "Replaced; new ETag",
            content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "400", description = "A fault in the call, or another cohort")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "Not a DRAFT: the form and rubric are frozen")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceCall(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid CallRequest request) {
        return Responses.ok(calls.replace(id, ETags.required(ifMatch), request));
    }

    @POST
    @Path("{id}/open")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "openCall", summary = "Open a DRAFT call (DRAFT → OPEN): its form and rubric freeze")
    @APIResponse(
            responseCode = "200",
            description = "OPEN",
            content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "Not a DRAFT, or no question or criterion")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response openCall(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return idempotency.action(
                key,
                "POST " + PATH + "/{id}/open",
                id,
                null,
                () -> calls.move(id, ETags.optional(ifMatch), CallStatus.OPEN));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "closeCall", summary = "Close an OPEN call (OPEN → CLOSED): no more submissions")
    @APIResponse(
            responseCode = "200",
            description = "CLOSED",
            content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "Not OPEN")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response closeCall(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return idempotency.action(
                key,
                "POST " + PATH + "/{id}/close",
                id,
                null,
                () -> calls.move(id, ETags.optional(ifMatch), CallStatus.CLOSED));
    }
}
