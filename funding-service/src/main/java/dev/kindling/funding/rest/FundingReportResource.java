package dev.kindling.funding.rest;

import dev.kindling.common.csv.CsvAnswers;
import dev.kindling.common.csv.CsvChoice;
import dev.kindling.common.security.Roles;
import dev.kindling.common.web.QueryParams;
import dev.kindling.funding.api.UtilisationReport;
import dev.kindling.funding.service.ReportService;
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

@Path("/api/v1/funding-reports")
@Tag(name = "Funding reports", description = "Utilisation of budgets, per currency")
public class FundingReportResource {
    private final ReportService reports;

    public FundingReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("utilisation")
    @Produces({MediaType.APPLICATION_JSON, CsvAnswers.CSV})
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER, Roles.PARTNER})
    @Operation(
            operationId = "getFundingUtilisation",
            summary = "Total, committed, disbursed and available per group and currency",
            description = "Currencies are never added up. With `reportingCurrency`, each row also carries its"
                    + " figures converted: each figure times the rate, rounded half-even to the reporting"
                    + " currency's minor unit; the rate is the pair's latest on or before `asOf` (or the inverse of"
                    + " the other direction's, or a cross through EUR when both legs are stated), no older than"
                    + " 7 days. `totals` sums the converted figures. Nothing converted is stored.")
    @APIResponse(
            responseCode = "200",
            description = "The report, as JSON or CSV",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = UtilisationReport.class)),
                @Content(
                        mediaType = CsvAnswers.CSV,
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", description = "Unknown groupBy, bad currency or date, asOf without a currency")
    @APIResponse(
            responseCode = "422",
            description = "No usable exchange rate for a currency of the report (the detail names each pair)")
    public Response getFundingUtilisation(
            @QueryParam("groupBy")
                    @Parameter(
                            description = "program (default), source, kind, hub or month",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"program", "source", "kind", "hub", "month"}))
                    String groupBy,
            @QueryParam("programId") @Parameter(schema = @Schema(implementation = UUID.class)) String programId,
            @QueryParam("hubId") @Parameter(schema = @Schema(implementation = UUID.class)) String hubId,
            @QueryParam("source")
                    @Parameter(
                            description = "Only budgets of this source (funder), e.g. Huawei: with groupBy=program"
                                    + " and a reportingCurrency, a funder's portfolio across programs",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    String source,
            @QueryParam("reportingCurrency")
                    @Parameter(
                            description = "Also show every row converted into this currency (ISO 4217), with the"
                                    + " rate and its date, and the converted totals",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{3}$"))
                    String reportingCurrency,
            @QueryParam("asOf")
                    @Parameter(
                            description = "Convert at the latest rate on or before this date (default today); only"
                                    + " with reportingCurrency",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf,
            @BeanParam CsvChoice format) {
        UtilisationReport report = reports.utilisation(
                new ReportService.Scope(
                        groupBy,
                        QueryParams.uuid("programId", programId),
                        QueryParams.uuid("hubId", hubId),
                        QueryParams.text("source", source, 200)),
                QueryParams.currency("reportingCurrency", reportingCurrency),
                QueryParams.date("asOf", asOf));
        if (format.csv()) {
            return CsvAnswers.of(ReportService.csv(report), "utilisation.csv");
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
