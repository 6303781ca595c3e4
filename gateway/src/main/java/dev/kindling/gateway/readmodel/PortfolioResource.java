package dev.kindling.gateway.readmodel;

import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The portfolio read model: every program's progress and funding in one answer per page. */
@Path("/api/v1/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "manager", "partner", "viewer"})
@Tag(name = "Read models", description = "Cross-service views answered by the gateway")
@APIResponse(
        responseCode = "400",
        description = "limit outside 1 to 200, or a cursor that is not valid",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "401",
        description = "No or bad token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Role not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "429",
        description = "Rate limit",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "503",
        description = "hub-service did not answer, so there is no program list",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PortfolioResource {
    private final PortfolioReadModel portfolio;

    public PortfolioResource(PortfolioReadModel portfolio) {
        this.portfolio = portfolio;
    }

    @GET
    @Operation(
            operationId = "getPortfolio",
            summary = "Every program with its progress to targets and money per currency, in keyset pages")
    @APIResponse(responseCode = "200", description = "A page of programs; startups and funding may be UNAVAILABLE")
    public Uni<Portfolio> getPortfolio(@BeanParam @Valid PageRequest page) {
        return portfolio.page(page.limit(), page.cursor());
    }
}
