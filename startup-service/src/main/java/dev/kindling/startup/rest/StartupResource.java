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
import dev.kindling.startup.api.StartupRequest;
import dev.kindling.startup.api.StartupSearch;
import dev.kindling.startup.api.StartupView;
import dev.kindling.startup.domain.EnrollmentStatus;
import dev.kindling.startup.service.StartupQueries;
import dev.kindling.startup.service.StartupService;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/startups")
@Tag(name = "Startups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StartupResource {
    static final String PATH = "/api/v1/startups";

    private final StartupService startups;
    private final StartupQueries queries;
    private final Idempotency idempotency;

    public StartupResource(StartupService startups, StartupQueries queries, Idempotency idempotency) {
        this.startups = startups;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER})
    @Operation(operationId = "createStartup", summary = "Register a startup")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = StartupView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Same website, or same name in the country, as an existing startup (see Location)")
    public Response createStartup(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid StartupRequest request) {
        return idempotency.execute(Idempotent.create(key, "POST " + PATH, request), () -> {
            Versioned<StartupView> created = startups.create(request);
            return Outcome.created(PATH, created.view().id(), created);
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "listStartups", summary = "List startups, filtered, in keyset pages")
    @APIResponse(responseCode = "200", description = "A page of startups")
    public Page<StartupView> listStartups(
            @QueryParam("country")
                    @Parameter(
                            description = "ISO 3166-1 alpha-2",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{2}$", maxLength = 2))
                    String country,
            @QueryParam("sector") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String sector,
            @QueryParam("cohortId") @Parameter(schema = @Schema(implementation = UUID.class)) String cohortId,
            @QueryParam("programId") @Parameter(schema = @Schema(implementation = UUID.class)) String programId,
            @QueryParam("hubId") @Parameter(schema = @Schema(implementation = UUID.class)) String hubId,
            @Parameter(
                            description = "Enrollment status, repeatable",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = EnrollmentStatus.class))
                    @QueryParam("status")
                    List<String> status,
            @Parameter(
                            description = "true: scale-ups only; false: none",
                            schema = @Schema(implementation = Boolean.class))
                    @QueryParam("scaleup")
                    String scaleup,
            @Parameter(description = "Start of the name", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    @QueryParam("q")
                    String q,
            @BeanParam @Valid PageRequest page) {
        StartupSearch search = new StartupSearch(
                QueryParams.text(country),
                QueryParams.text("sector", sector, 100),
                QueryParams.uuid("cohortId", cohortId),
                QueryParams.uuid("programId", programId),
                QueryParams.uuid("hubId", hubId),
                QueryParams.enumValues(EnrollmentStatus.class, "status", status),
                QueryParams.bool("scaleup", scaleup),
                QueryParams.text("q", q, 200));
        return queries.list(search, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "getStartup", summary = "Read a startup (ETag for updates)")
    @APIResponse(
            responseCode = "200",
            description = "The startup",
            content = @Content(schema = @Schema(implementation = StartupView.class)))
    @APIResponse(responseCode = "404", description = "No such startup, or not visible to you")
    public Response getStartup(@PathParam("id") UUID id) {
        return Responses.ok(startups.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER})
    @Operation(operationId = "updateStartup", summary = "Replace a startup's details (If-Match required)")
    @APIResponse(
            responseCode = "200",
            description = "Updated; new ETag",
            content = @Content(schema = @Schema(implementation = StartupView.class)))
    @APIResponse(responseCode = "404", description = "No such startup, or not visible to you")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "409", description = "Would duplicate another startup")
    public Response updateStartup(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid StartupRequest request) {
        return Responses.ok(startups.update(id, ETags.required(ifMatch), request));
    }
}
