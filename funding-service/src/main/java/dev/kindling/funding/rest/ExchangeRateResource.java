package dev.kindling.funding.rest;

import dev.kindling.common.csv.CsvAnswers;
import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Idempotent;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Responses;
import dev.kindling.common.security.Roles;
import dev.kindling.common.web.QueryParams;
import dev.kindling.funding.api.ExchangeRateRequest;
import dev.kindling.funding.api.ExchangeRateView;
import dev.kindling.funding.api.RateImportResult;
import dev.kindling.funding.service.ExchangeRates;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Exchange rates",
        description = "Dated rates that reports convert with (`reportingCurrency`); nothing converted is stored")
public class ExchangeRateResource {
    static final String PATH = "/api/v1/exchange-rates";

    private final ExchangeRates rates;
    private final Idempotency idempotency;

    public ExchangeRateResource(ExchangeRates rates, Idempotency idempotency) {
        this.rates = rates;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createExchangeRate", summary = "Enter one dated rate: 1 base = rate quote")
    @APIResponse(
            responseCode = "201",
            description = "Entered",
            content = @Content(schema = @Schema(implementation = ExchangeRateView.class)))
    @APIResponse(responseCode = "400", description = "Not an ISO 4217 code, base = quote, rate not a positive decimal")
    @APIResponse(responseCode = "409", description = "A rate for this pair and day exists (Location names it)")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused")
    public Response createExchangeRate(
            @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid ExchangeRateRequest request) {
        return idempotency.execute(Idempotent.create(key, "POST " + PATH, request), () -> {
            var created = rates.create(request);
            return Outcome.created(PATH, created.view().id(), created);
        });
    }

    @POST
    @Path("import")
    @Consumes(CsvAnswers.CSV)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "importExchangeRates",
            summary = "Import a rate file in the ECB reference-rate layout",
            description = "The layout of the ECB's `eurofxref.csv` and `eurofxref-hist.csv`: a header `Date,USD,"
                    + "JPY,…` and a row a day, each cell the quote units one base unit buys (`N/A` or empty: none"
                    + " that day). Every row is checked and each fault named in `errors` (`row 3, USD`); a file"
                    + " with any fault changes nothing. A rate held for the same pair and day is replaced when"
                    + " the file's differs. Bodies through the gateway are capped at 1 MiB: import the full"
                    + " history a few years at a time.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = CsvAnswers.CSV,
                            schema = @Schema(type = SchemaType.STRING),
                            examples =
                                    @ExampleObject(
                                            name = "ecb",
                                            summary = "Two days of ECB reference rates",
                                            value = "Date,USD,SGD,HKD,\n2025-06-30,1.1720,1.4941,9.1997,\n"
                                                    + "2025-06-27,1.1702,1.4925,9.1858,\n")))
    @APIResponse(
            responseCode = "200",
            description = "Imported",
            content = @Content(schema = @Schema(implementation = RateImportResult.class)))
    @APIResponse(responseCode = "400", description = "A fault in the file (each named); nothing imported")
    public RateImportResult importExchangeRates(
            @QueryParam("base")
                    @Parameter(
                            description = "The currency the file's rates are quoted against (ECB: EUR, the default)",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{3}$"))
                    String base,
            @QueryParam("source")
                    @Parameter(
                            description = "Where the rates come from (default: ECB reference rate)",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    String source,
            String body) {
        String baseCurrency = QueryParams.currency("base", base);
        String sourceName = QueryParams.text("source", source, 200);
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("body", "is empty: send the rate file");
        }
        return rates.importFile(
                body,
                baseCurrency == null ? "EUR" : baseCurrency,
                sourceName == null ? "ECB reference rate" : sourceName);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER, Roles.PARTNER})
    @Operation(operationId = "listExchangeRates", summary = "Rates held, by pair and date range")
    @APIResponse(responseCode = "200", description = "A page of rates")
    @APIResponse(responseCode = "400", description = "Bad filter or cursor")
    public Page<ExchangeRateView> listExchangeRates(
            @QueryParam("base") @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{3}$"))
                    String base,
            @QueryParam("quote") @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{3}$"))
                    String quote,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @BeanParam @Valid PageRequest page) {
        return rates.list(
                QueryParams.currency("base", base),
                QueryParams.currency("quote", quote),
                QueryParams.date("from", from),
                QueryParams.date("to", to),
                page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER, Roles.PARTNER})
    @Operation(operationId = "getExchangeRate", summary = "One rate")
    @APIResponse(
            responseCode = "200",
            description = "The rate",
            content = @Content(schema = @Schema(implementation = ExchangeRateView.class)))
    @APIResponse(responseCode = "404", description = "No such rate")
    public Response getExchangeRate(@PathParam("id") UUID id) {
        return Responses.ok(rates.view(id));
    }
}
