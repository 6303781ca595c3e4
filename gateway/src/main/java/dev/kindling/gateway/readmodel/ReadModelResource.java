package dev.kindling.gateway.readmodel;

import dev.kindling.common.problem.Problem;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.security.Caller;
import dev.kindling.common.web.QueryParams;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The gateway's own cross-service read models. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "manager", "partner", "viewer"})
@Tag(name = "Read models", description = "Cross-service views answered by the gateway")
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
public class ReadModelResource {
    static final String REPORTING_CURRENCY = "Also show the funding converted into this currency (ISO 4217), each"
            + " currency's figures with the rate and its date, as funding-service's utilisation report does";
    static final String AS_OF = "Convert at the latest rate on or before this date (default today)";

    private final ReadModels readModels;
    private final Caller caller;

    public ReadModelResource(ReadModels readModels, Caller caller) {
        this.readModels = readModels;
        this.caller = caller;
    }

    @GET
    @Path("/programs/{id}/scoreboard")
    @Operation(
            operationId = "getProgramScoreboard",
            summary = "A program's targets, startups, funding and progress, from all three services")
    @APIResponse(responseCode = "200", description = "The scoreboard; parts may be UNAVAILABLE")
    @APIResponse(
            responseCode = "400",
            description = "Bad reportingCurrency or asOf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "No usable exchange rate for the reportingCurrency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such program",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Scoreboard> scoreboard(
            @PathParam("id") UUID id,
            @QueryParam("reportingCurrency")
                    @Parameter(
                            description = REPORTING_CURRENCY,
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{3}$"))
                    String reportingCurrency,
            @QueryParam("asOf")
                    @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf) {
        return readModels.scoreboard(id, reporting(reportingCurrency, asOf));
    }

    @GET
    @Path("/hubs/{id}/overview")
    @Operation(
            operationId = "getHubOverview",
            summary = "A hub, its programs, startups and funding, from all three services")
    @APIResponse(responseCode = "200", description = "The overview; parts may be UNAVAILABLE")
    @APIResponse(
            responseCode = "400",
            description = "Bad reportingCurrency or asOf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "No usable exchange rate for the reportingCurrency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such hub, or (for a partner) a hub outside the token's hubs",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "hub-service did not answer, so a partner's right to see the hub cannot be checked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<HubOverview> overview(
            @PathParam("id") UUID id,
            @QueryParam("reportingCurrency")
                    @Parameter(
                            description = REPORTING_CURRENCY,
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{3}$"))
                    String reportingCurrency,
            @QueryParam("asOf")
                    @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf) {
        return readModels.overview(
                id,
                caller.isHubScoped() ? Optional.of(caller.hubs()) : Optional.empty(),
                reporting(reportingCurrency, asOf));
    }

    private static ReadModels.Reporting reporting(String reportingCurrency, String asOf) {
        String currency = QueryParams.currency("reportingCurrency", reportingCurrency);
        LocalDate date = QueryParams.date("asOf", asOf);
        if (date != null && currency == null) {
            throw ProblemException.badRequest("asOf", "applies only with reportingCurrency");
        }
        return new ReadModels.Reporting(currency, date);
    }
}
