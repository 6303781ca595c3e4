package dev.kindling.gateway.readmodel;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.web.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code ?reportingCurrency=EUR&asOf=2025-06-30} on a read model: what funding-service converts into. */
public class ReportingParams {
    @QueryParam("reportingCurrency")
    @Parameter(
            description = "Also show the funding converted into this currency (ISO 4217), each currency's figures"
                    + " with the rate and its date, as funding-service's utilisation report does",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{3}$"))
    String reportingCurrency;

    @QueryParam("asOf")
    @Parameter(
            description = "Convert at the latest rate on or before this date (default today)",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    String asOf;

    /** The parsed values; 400 for a bad currency or date, or a date without a currency. */
    ReadModels.Reporting reporting() {
        String currency = QueryParams.currency("reportingCurrency", reportingCurrency);
        LocalDate date = QueryParams.date("asOf", asOf);
        if (date != null && currency == null) {
            throw ProblemException.badRequest("asOf", "applies only with reportingCurrency");
        }
        return new ReadModels.Reporting(currency, date);
    }
}
