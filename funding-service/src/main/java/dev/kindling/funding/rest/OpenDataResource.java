package dev.kindling.funding.rest;

import dev.kindling.common.csv.CsvAnswers;
import dev.kindling.common.csv.CsvChoice;
import dev.kindling.common.security.Roles;
import dev.kindling.common.web.QueryParams;
import dev.kindling.funding.api.GrantPackage;
import dev.kindling.funding.service.OpenGrants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

@Path("/api/v1/open-data")
@Tag(name = "Open data", description = "What was granted, in open standards")
public class OpenDataResource {
    private final OpenGrants grants;

    public OpenDataResource(OpenGrants grants) {
        this.grants = grants;
    }

    @GET
    @Path("360giving")
    @Produces({MediaType.APPLICATION_JSON, CsvAnswers.CSV})
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    @Operation(
            operationId = "getGrants360Giving",
            summary = "Grants (allocations to startups and cohorts) as a 360Giving package, JSON or CSV",
            description = "A 360Giving 1.4 data package: one grant per allocation to a startup or a cohort that"
                    + " was not cancelled, awarded on the day it was committed, for its amount; identifiers are"
                    + " the configured organisation prefix (`KINDLING_OPEN_DATA_PREFIX`, e.g. `360G-kindling`)"
                    + " and the allocation's id. The funder is the budget's source. CSV has the standard's column"
                    + " titles (`Identifier`, `Amount Awarded`, `Recipient Org:Name`…). Demo recipients"
                    + " (illustrative) are left out unless `includeIllustrative=true`, and then marked.")
    @APIResponse(
            responseCode = "200",
            description = "The package, as JSON or CSV",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrantPackage.class)),
                @Content(mediaType = CsvAnswers.CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", description = "Bad id, date or flag; to before from; too many grants")
    @APIResponse(responseCode = "503", description = "hub- or startup-service did not answer (names are theirs)")
    public Response getGrants360Giving(
            @QueryParam("programId") @Parameter(schema = @Schema(implementation = UUID.class)) String programId,
            @QueryParam("from")
                    @Parameter(
                            description = "Awarded on or after this day",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description = "Awarded on or before this day",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String to,
            @QueryParam("includeIllustrative")
                    @Parameter(
                            description = "true: include demo grants, marked `illustrative`",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String includeIllustrative,
            @BeanParam CsvChoice format) {
        boolean csv = format.csv();
        GrantPackage pack = grants.grants(
                QueryParams.uuid("programId", programId),
                QueryParams.date("from", from),
                QueryParams.date("to", to),
                Boolean.TRUE.equals(QueryParams.bool("includeIllustrative", includeIllustrative)));
        if (csv) {
            return CsvAnswers.of(OpenGrants.csv(pack), "360giving.csv");
        }
        return Response.ok(pack, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
