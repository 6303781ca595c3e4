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
import dev.kindling.startup.api.ConflictRequest;
import dev.kindling.startup.api.ConflictView;
import dev.kindling.startup.service.Conflicts;
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

@Path(ReviewerConflictResource.PATH)
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewerConflictResource {
    static final String PATH = "/api/v1/reviewer-conflicts";

    private final Conflicts conflicts;
    private final Idempotency idempotency;

    public ReviewerConflictResource(Conflicts conflicts, Idempotency idempotency) {
        this.conflicts = conflicts;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.REVIEWER})
    @Operation(
            operationId = "declareReviewerConflict",
            summary = "Declare a reviewer's conflict of interest with a startup or a partner organisation",
            description = "A reviewer declares its own; staff may declare one for any reviewer. The reviewer's"
                    + " reviews of that startup's applications, or of those the partner put forward, are removed"
                    + " at once (submitted ones too: they no longer count), and no assignment takes it later.")
    @APIResponse(
            responseCode = "201",
            description = "Declared, with the reviews it removed",
            content = @Content(schema = @Schema(implementation = ConflictView.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of startupId and partnerId")
    @APIResponse(responseCode = "409", description = "Already declared (Location names it)")
    @APIResponse(responseCode = "422", description = "No such startup")
    public Response declareReviewerConflict(
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid ConflictRequest request) {
        return idempotency.execute(Idempotent.create(key, "POST " + PATH, request), () -> {
            Versioned<ConflictView> created = conflicts.declare(request);
            return Outcome.created(PATH, created.view().id(), created);
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.REVIEWER, Roles.VIEWER})
    @Operation(operationId = "listReviewerConflicts", summary = "Declared conflicts (a reviewer: its own)")
    @APIResponse(responseCode = "200", description = "A page of conflicts")
    @APIResponse(responseCode = "400", description = "Bad filter or cursor")
    public Page<ConflictView> listReviewerConflicts(
            @QueryParam("reviewer") @Parameter(schema = @Schema(maxLength = 200)) String reviewer,
            @BeanParam @Valid PageRequest page) {
        return conflicts.list(QueryParams.text("reviewer", reviewer, 200), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.REVIEWER, Roles.VIEWER})
    @Operation(operationId = "getReviewerConflict", summary = "A declared conflict")
    @APIResponse(
            responseCode = "200",
            description = "The conflict",
            content = @Content(schema = @Schema(implementation = ConflictView.class)))
    @APIResponse(responseCode = "404", description = "No such conflict the caller may see")
    public Response getReviewerConflict(@PathParam("id") UUID id) {
        return Responses.ok(conflicts.get(id));
    }
}
