package dev.kindling.startup.rest;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Idempotent;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.problem.ContractHeaders;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.security.Roles;
import dev.kindling.common.web.QueryParams;
import dev.kindling.startup.api.CandidateView;
import dev.kindling.startup.api.ScaleupRequest;
import dev.kindling.startup.api.ScaleupView;
import dev.kindling.startup.service.CandidateService;
import dev.kindling.startup.service.ScaleupService;
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
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scaleups")
@Tag(name = "Scale-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScaleupResource {
    private final ScaleupService scaleups;
    private final CandidateService candidates;
    private final Idempotency idempotency;

    public ScaleupResource(ScaleupService scaleups, CandidateService candidates, Idempotency idempotency) {
        this.scaleups = scaleups;
        this.candidates = candidates;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createScaleup", summary = "Mark a startup as a scale-up within a program")
    @Extension(name = ContractHeaders.UNVERSIONED, value = "true", parseValue = true)
    @APIResponse(
            responseCode = "201",
            description = "Marked",
            content = @Content(schema = @Schema(implementation = ScaleupView.class)))
    @APIResponse(responseCode = "409", description = "Already a scale-up of this program")
    @APIResponse(
            responseCode = "422",
            description = "Unknown startup, or it takes no part in the program; or Idempotency-Key reused")
    public Response createScaleup(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid ScaleupRequest request) {
        return idempotency.execute(Idempotent.create(key, "POST /api/v1/scaleups", request), () -> {
            ScaleupView view = scaleups.mark(request);
            return Outcome.created(URI.create("/api/v1/scaleups/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "listScaleups", summary = "List scale-up marks, in keyset pages")
    @APIResponse(responseCode = "200", description = "A page of scale-ups")
    public Page<ScaleupView> listScaleups(
            @QueryParam("programId") @Parameter(schema = @Schema(implementation = UUID.class)) String programId,
            @QueryParam("hubId") @Parameter(schema = @Schema(implementation = UUID.class)) String hubId,
            @QueryParam("startupId") @Parameter(schema = @Schema(implementation = UUID.class)) String startupId,
            @BeanParam @Valid PageRequest page) {
        return scaleups.list(
                QueryParams.uuid("programId", programId),
                QueryParams.uuid("hubId", hubId),
                QueryParams.uuid("startupId", startupId),
                page);
    }

    @GET
    @Path("candidates")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(
            operationId = "listScaleupCandidates",
            summary = "Startups of a program that meet the OECD scale-up rule, and why")
    @APIResponse(responseCode = "200", description = "A page of candidates (may be shorter than limit)")
    public Page<CandidateView> listScaleupCandidates(
            @Parameter(required = true, schema = @Schema(implementation = UUID.class)) @QueryParam("programId")
                    String programId,
            @Parameter(
                            description = "Judge with snapshots up to this date; default today",
                            schema = @Schema(implementation = LocalDate.class))
                    @QueryParam("asOf")
                    String asOf,
            @BeanParam @Valid PageRequest page) {
        UUID program = QueryParams.uuid("programId", programId);
        if (program == null) {
            throw ProblemException.badRequest("programId", "is required");
        }
        LocalDate on = QueryParams.date("asOf", asOf);
        return candidates.candidates(program, on == null ? LocalDate.now() : on, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "getScaleup", summary = "Read a scale-up mark")
    @Extension(name = ContractHeaders.UNVERSIONED, value = "true", parseValue = true)
    @APIResponse(
            responseCode = "200",
            description = "The scale-up mark",
            content = @Content(schema = @Schema(implementation = ScaleupView.class)))
    @APIResponse(responseCode = "404", description = "No such scale-up, or not visible to you")
    public ScaleupView getScaleup(@PathParam("id") UUID id) {
        return scaleups.get(id);
    }
}
