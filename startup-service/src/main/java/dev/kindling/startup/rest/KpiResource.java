package dev.kindling.startup.rest;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Idempotent;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.problem.ContractHeaders;
import dev.kindling.common.security.Roles;
import dev.kindling.startup.api.KpiRequest;
import dev.kindling.startup.api.KpiView;
import dev.kindling.startup.service.KpiService;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/startups/{id}/kpis")
@Tag(name = "Startups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KpiResource {
    private final KpiService kpis;
    private final Idempotency idempotency;

    public KpiResource(KpiService kpis, Idempotency idempotency) {
        this.kpis = kpis;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER})
    @Operation(operationId = "createStartupKpi", summary = "Record a KPI snapshot of a startup")
    @Extension(name = ContractHeaders.UNVERSIONED, value = "true", parseValue = true)
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = KpiView.class)))
    @APIResponse(responseCode = "404", description = "No such startup, or not visible to you")
    @APIResponse(responseCode = "409", description = "A snapshot as of that date exists")
    public Response createStartupKpi(
            @PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid KpiRequest request) {
        return idempotency.execute(
                Idempotent.on(key, "POST /api/v1/startups/{id}/kpis", id, request),
                () -> Outcome.created(URI.create("/api/v1/startups/" + id + "/kpis"), kpis.record(id, request)));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "listStartupKpis", summary = "A startup's KPI snapshots, in the order recorded")
    @APIResponse(responseCode = "200", description = "A page of snapshots")
    @APIResponse(responseCode = "404", description = "No such startup, or not visible to you")
    public Page<KpiView> listStartupKpis(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return kpis.list(id, page);
    }
}
