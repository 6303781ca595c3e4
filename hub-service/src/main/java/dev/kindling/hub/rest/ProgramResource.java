package dev.kindling.hub.rest;

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
import dev.kindling.hub.api.ProgramRequest;
import dev.kindling.hub.api.ProgramUpdateRequest;
import dev.kindling.hub.api.ProgramView;
import dev.kindling.hub.domain.ProgramKind;
import dev.kindling.hub.domain.Region;
import dev.kindling.hub.service.ProgramLifecycle;
import dev.kindling.hub.service.ProgramService;
import dev.kindling.hub.service.ProgramService.ProgramFilter;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Programs: create, read, list, update, delete. A partner caller sees only the programs run at the
 * hubs of its token. Hubs, targets and archiving are in the other program resources.
 */
@Path("/api/v1/programs")
@Tag(name = "Programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgramResource {
    static final String PATH = "/api/v1/programs";

    private final ProgramService programs;
    private final ProgramLifecycle lifecycle;
    private final Idempotency idempotency;

    public ProgramResource(ProgramService programs, ProgramLifecycle lifecycle, Idempotency idempotency) {
        this.programs = programs;
        this.lifecycle = lifecycle;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createProgram", summary = "Create a program (add hubs and targets afterwards)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag headers are set",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "409", description = "Code already taken")
    public Response createProgram(
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @Valid @NotNull ProgramRequest request) {
        return idempotency.execute(Idempotent.create(key, "POST " + PATH, request), () -> {
            Versioned<ProgramView> program = programs.create(request);
            return Outcome.created(PATH, program.view().id(), program);
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "getProgram", summary = "Read a program with its hubs and targets")
    @APIResponse(
            responseCode = "200",
            description = "The program; ETag header set",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "404", description = "No such program (or not one of a partner's programs)")
    public Response getProgram(@PathParam("id") UUID id) {
        return Responses.ok(programs.get(id));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "listPrograms", summary = "List programs, oldest first, filtered and paged by cursor")
    @APIResponse(responseCode = "200", description = "One page of programs")
    public Page<ProgramView> listPrograms(
            @BeanParam CodeQuery code,
            @QueryParam("hubId")
                    @Parameter(
                            description = "Only programs run at this hub",
                            example = "00000000-0000-7000-8000-000000000102",
                            schema = @Schema(implementation = UUID.class))
                    String hubId,
            @QueryParam("region") @Parameter(schema = @Schema(implementation = Region.class)) String region,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = ProgramKind.class)) String kind,
            @QueryParam("includeArchived")
                    @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    boolean includeArchived,
            @BeanParam @Valid PageRequest page) {
        ProgramFilter filter = new ProgramFilter(
                code.value(),
                QueryParams.uuid("hubId", hubId),
                QueryParams.enumValue(Region.class, "region", region),
                QueryParams.enumValue(ProgramKind.class, "kind", kind),
                includeArchived);
        return programs.list(filter, page);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "updateProgram", summary = "Replace a program's writable fields (send If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The updated program; new ETag",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "404", description = "No such program")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response updateProgram(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch,
            @Valid @NotNull ProgramUpdateRequest request) {
        return Responses.ok(programs.update(id, ETags.required(ifMatch), request));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "deleteProgram",
            summary = "Delete a program created by mistake",
            description = "Only a program without hubs, targets or partners can be deleted; any other answers"
                    + " 409 archive-instead: archive it (POST /api/v1/programs/{id}/archive).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such program")
    @APIResponse(responseCode = "409", description = "The program has history: archive it instead")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public void deleteProgram(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read", example = "\"0\"") String ifMatch) {
        lifecycle.delete(id, ETags.optional(ifMatch));
    }
}
