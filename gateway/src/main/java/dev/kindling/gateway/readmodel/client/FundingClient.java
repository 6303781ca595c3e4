package dev.kindling.gateway.readmodel.client;

import dev.kindling.common.money.Money;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** funding-service's utilisation report, grouped by budget kind. */
@Path("/api/v1/funding-reports/utilisation")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "funding")
@RegisterClientHeaders
public interface FundingClient {

    @GET
    Uni<RestResponse<Utilisation>> forProgram(
            @QueryParam("programId") UUID programId,
            @QueryParam("groupBy") String groupBy,
            @QueryParam("reportingCurrency") String reportingCurrency,
            @QueryParam("asOf") LocalDate asOf);

    /** Every program's funding, one row per (program id, currency) with {@code groupBy=program}. */
    @GET
    Uni<RestResponse<Utilisation>> all(@QueryParam("groupBy") String groupBy);

    @GET
    Uni<RestResponse<Utilisation>> forHub(
            @QueryParam("hubId") UUID hubId,
            @QueryParam("groupBy") String groupBy,
            @QueryParam("reportingCurrency") String reportingCurrency,
            @QueryParam("asOf") LocalDate asOf);

    record Utilisation(
            List<Row> rows, Long overdueMilestones, String reportingCurrency, LocalDate asOf, Figures totals) {}

    record Row(
            String group,
            String currency,
            Money total,
            Money committed,
            Money disbursed,
            Money available,
            Converted converted) {}

    /** A row's figures in the reporting currency, with the rate used (see the utilisation report). */
    record Converted(
            String rate,
            LocalDate rateDate,
            String via,
            Money total,
            Money committed,
            Money disbursed,
            Money available) {}

    record Figures(Money total, Money committed, Money disbursed, Money available) {}
}
