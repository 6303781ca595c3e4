package dev.kindling.funding;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.kindling.funding.Api.allocation;
import static dev.kindling.funding.Api.budget;
import static dev.kindling.funding.Api.manager;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Utilisation reports over a program of their own: per group and currency, JSON and CSV. */
@QuarkusTest
class ReportApiTest {
    private UUID program;

    @BeforeEach
    void fundAProgram() {
        program = UUID.randomUUID();
        URI url = URI.create(ConfigProvider.getConfig().getValue(HubAndStartupServiceMock.URL_PROPERTY, String.class));
        new WireMock(url.getHost(), url.getPort())
                .register(get("/api/v1/programs/" + program)
                        .willReturn(okJson("{\"id\":\"" + program + "\",\"code\":\"R\",\"hubs\":[{\"hubId\":\""
                                + Fixtures.HUB_SG + "\",\"hubCode\":\"SG\"},{\"hubId\":\"" + Fixtures.HUB_HK
                                + "\",\"hubCode\":\"HK\"}]}")));
        String p = program.toString();
        UUID usd = budget("USD", "1000").set("programId", p).create();
        UUID eur = budget("EUR", "500").set("programId", p).create();
        budget("USD", "300")
                .set("programId", p)
                .set("kind", "IN_KIND")
                .set("source", "HMS")
                .create();
        String sg = manager()
                .body(allocation(usd, null, "HUB", Fixtures.HUB_SG, "100", "USD"))
                .post("/api/v1/allocations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        manager()
                .body(allocation(usd, null, "HUB", Fixtures.HUB_HK, "50", "USD"))
                .post("/api/v1/allocations")
                .then()
                .statusCode(201);
        manager()
                .body(allocation(eur, null, "HUB", Fixtures.HUB_SG, "200", "EUR"))
                .post("/api/v1/allocations")
                .then()
                .statusCode(201);
        Api.disburse(UUID.fromString(sg), "40", "USD").then().statusCode(201);
    }

    private io.restassured.response.ValidatableResponse report(String token, String groupBy) {
        return Api.as(token)
                .queryParam("programId", program)
                .queryParam("groupBy", groupBy)
                .get("/api/v1/funding-reports/utilisation")
                .then()
                .statusCode(200);
    }

    @Test
    void byKindNeverAddsCurrencies() {
        report(TestTokens.viewer(), "kind")
                .body("groupBy", equalTo("kind"))
                .body("rows", hasSize(3))
                .body("rows[0].group", equalTo("CASH"))
                .body("rows[0].currency", equalTo("EUR"))
                .body("rows[0].total.amount", equalTo("500.00"))
                .body("rows[0].committed.amount", equalTo("200.00"))
                .body("rows[1].currency", equalTo("USD"))
                .body("rows[1].total.amount", equalTo("1000.00"))
                .body("rows[1].committed.amount", equalTo("150.00"))
                .body("rows[1].disbursed.amount", equalTo("40.00"))
                .body("rows[1].available.amount", equalTo("850.00"))
                .body("rows[2].group", equalTo("IN_KIND"))
                .body("rows[2].total.amount", equalTo("300.00"));
        report(TestTokens.manager(), "source")
                .body("rows.group", equalTo(java.util.List.of("HMS", "Huawei", "Huawei")));
        report(TestTokens.manager(), "program")
                .body("rows", hasSize(2))
                .body("rows[1].total.amount", equalTo("1300.00"));
    }

    @Test
    void byHubShowsWhatEachHubWasGivenAndPaid() {
        report(TestTokens.manager(), "hub")
                .body("rows", hasSize(3))
                .body("rows[0].group", equalTo("HK"))
                .body("rows[0].committed.amount", equalTo("50.00"))
                .body("rows[1].group", equalTo("SG"))
                .body("rows[1].currency", equalTo("EUR"))
                .body("rows[2].group", equalTo("SG"))
                .body("rows[2].total.amount", equalTo("100.00"))
                .body("rows[2].disbursed.amount", equalTo("40.00"))
                .body("rows[2].available.amount", equalTo("60.00"));
        report(TestTokens.partner("HK"), "kind")
                .body("rows", hasSize(1))
                .body("rows[0].committed.amount", equalTo("50.00"));
        Api.as(TestTokens.manager())
                .queryParam("programId", program)
                .queryParam("hubId", Fixtures.HUB_SG)
                .queryParam("groupBy", "kind")
                .get("/api/v1/funding-reports/utilisation")
                .then()
                .statusCode(200)
                .body("rows", hasSize(2));
    }

    @Test
    void byMonthShowsWhatMoved() {
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        report(TestTokens.manager(), "month")
                .body("rows", hasSize(2))
                .body("rows[1].group", equalTo(month))
                .body("rows[1].currency", equalTo("USD"))
                .body("rows[1].total.amount", equalTo("1300.00"))
                .body("rows[1].committed.amount", equalTo("150.00"))
                .body("rows[1].disbursed.amount", equalTo("40.00"));
    }

    @Test
    void csvByAcceptOrFormat() {
        String expected =
                "group,currency,total,committed,disbursed,available\r\nCASH,EUR,500.00,200.00,0.00,300.00\r\n";
        Api.as(TestTokens.manager())
                .accept("text/csv")
                .queryParam("programId", program)
                .queryParam("groupBy", "kind")
                .get("/api/v1/funding-reports/utilisation")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith(expected));
        Api.as(TestTokens.manager())
                .queryParam("programId", program)
                .queryParam("groupBy", "kind")
                .queryParam("format", "csv")
                .get("/api/v1/funding-reports/utilisation")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(containsString("IN_KIND,USD,300.00,0.00,0.00,300.00"));
        manager()
                .queryParam("groupBy", "colour")
                .get("/api/v1/funding-reports/utilisation")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
    }
}
