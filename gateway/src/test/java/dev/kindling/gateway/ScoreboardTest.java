package dev.kindling.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.kindling.gateway.DemoShapes.HK;
import static dev.kindling.gateway.DemoShapes.PREFIX;
import static dev.kindling.gateway.DemoShapes.SG;
import static dev.kindling.gateway.DemoShapes.SPARK_APAC;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class ScoreboardTest {
    private static final String PATH = "/api/v1/programs/" + SPARK_APAC + "/scoreboard";

    @BeforeEach
    void demoShapedServices() {
        FakeServices.resetAll();
        json(
                FakeServices.HUB,
                "/api/v1/programs/" + SPARK_APAC,
                DemoShapes.program(
                        SPARK_APAC,
                        "SPARK-APAC",
                        DemoShapes.runningHub(SG, "SG") + "," + DemoShapes.runningHub(HK, "HK"),
                        DemoShapes.target(PREFIX + "901", "STARTUPS_RECRUITED", 1000) + ","
                                + DemoShapes.target(PREFIX + "902", "SCALEUPS", 100) + ","
                                + DemoShapes.target(PREFIX + "903", "DEVELOPERS_SUPPORTED", 100000)));
        json(
                FakeServices.STARTUP,
                "/api/v1/startup-stats",
                DemoShapes.stats(
                        DemoShapes.group(SPARK_APAC, SG, "SG", 3, 10, 5, 4, 12, 9, 7, 2),
                        DemoShapes.group(SPARK_APAC, HK, "HK", 1, 6, 2, 3, 8, 2, 1, 0)));
        json(
                FakeServices.FUNDING,
                "/api/v1/funding-reports/utilisation",
                DemoShapes.utilisation(
                        DemoShapes.row("CASH", "USD", "100000000.00", "2500000.00", "1000000.00"),
                        DemoShapes.row("CLOUD_CREDITS", "USD", "20000000.00", "0.00", "0.00")));
    }

    @Test
    void scoreboardCombinesTheThreeServices() {
        String token = TestTokens.role("viewer");
        given().auth()
                .oauth2(token)
                .when()
                .get(PATH)
                .then()
                .statusCode(200)
                .body("programId", is(SPARK_APAC))
                .body("program.status", is("AVAILABLE"))
                .body("program.code", is("SPARK-APAC"))
                .body("program.hubs.hubCode", is(java.util.List.of("SG", "HK")))
                .body("startups.status", is("AVAILABLE"))
                // recruited = ACCEPTED + ACTIVE + GRADUATED: SG 4+12+9=25, HK 3+8+2=13
                .body("startups.total.recruited", is(38))
                .body("startups.total.active", is(20))
                .body("startups.total.graduated", is(11))
                .body("startups.total.scaleups", is(4))
                .body("startups.hubs.find { it.hubCode == 'SG' }.counts.recruited", is(25))
                .body("startups.hubs.find { it.hubCode == 'HK' }.counts.scaleups", is(1))
                .body("funding.status", is("AVAILABLE"))
                .body("funding.byKind", hasSize(2))
                .body("funding.byKind[0].kind", is("CASH"))
                .body("funding.byKind[0].committed.amount", is("2500000.00"))
                .body("funding.byCurrency[0].currency", is("USD"))
                .body("funding.byCurrency[0].total.amount", is("120000000.00"))
                .body("funding.byCurrency[0].disbursed.amount", is("1000000.00"))
                .body("progress.status", is("AVAILABLE"))
                .body("progress.targets[0].metric", is("STARTUPS_RECRUITED"))
                .body("progress.targets[0].actual", is(38))
                .body("progress.targets[0].percent", is(3.8f))
                .body("progress.targets[1].actual", is(4))
                .body("progress.targets[1].percent", is(4.0f))
                .body("progress.targets[2].metric", is("DEVELOPERS_SUPPORTED"))
                .body("progress.targets[2].actual", nullValue())
                .body("progress.targets[2].percent", nullValue());

        FakeServices.HUB.verify(getRequestedFor(urlPathEqualTo("/api/v1/programs/" + SPARK_APAC))
                .withHeader("Authorization", equalTo("Bearer " + token)));
        FakeServices.STARTUP.verify(getRequestedFor(urlPathEqualTo("/api/v1/startup-stats"))
                .withQueryParam("programId", equalTo(SPARK_APAC))
                .withHeader("Authorization", equalTo("Bearer " + token)));
        FakeServices.FUNDING.verify(getRequestedFor(urlPathEqualTo("/api/v1/funding-reports/utilisation"))
                .withQueryParam("programId", equalTo(SPARK_APAC))
                .withQueryParam("groupBy", equalTo("kind"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void fundingIsConvertedByFundingServiceAndOverdueMilestonesCounted() {
        String converted = "{\"rate\":\"0.8532\",\"rateDate\":\"2025-06-30\",\"via\":null,"
                + "\"total\":{\"amount\":\"85320000.00\",\"currency\":\"EUR\"},"
                + "\"committed\":{\"amount\":\"2133000.00\",\"currency\":\"EUR\"},"
                + "\"disbursed\":{\"amount\":\"853200.00\",\"currency\":\"EUR\"},"
                + "\"available\":{\"amount\":\"83187000.00\",\"currency\":\"EUR\"}}";
        String row = DemoShapes.row("CASH", "USD", "100000000.00", "2500000.00", "1000000.00");
        String body = "{\"rows\":[" + row.substring(0, row.length() - 1) + ",\"converted\":" + converted + "}],"
                + "\"overdueMilestones\":3,\"reportingCurrency\":\"EUR\",\"asOf\":\"2025-06-30\","
                + "\"totals\":{\"total\":{\"amount\":\"85320000.00\",\"currency\":\"EUR\"},"
                + "\"committed\":{\"amount\":\"2133000.00\",\"currency\":\"EUR\"},"
                + "\"disbursed\":{\"amount\":\"853200.00\",\"currency\":\"EUR\"},"
                + "\"available\":{\"amount\":\"83187000.00\",\"currency\":\"EUR\"}}}";
        json(FakeServices.FUNDING, "/api/v1/funding-reports/utilisation", body);
        given().auth()
                .oauth2(TestTokens.role("viewer"))
                .queryParam("reportingCurrency", "EUR")
                .queryParam("asOf", "2025-06-30")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("funding.overdueMilestones", is(3))
                .body("funding.reportingCurrency", is("EUR"))
                .body("funding.asOf", is("2025-06-30"))
                .body("funding.byCurrency[0].total.amount", is("100000000.00"))
                .body("funding.byCurrency[0].converted.rate", is("0.8532"))
                .body("funding.byCurrency[0].converted.total.amount", is("85320000.00"))
                .body("funding.converted.total.amount", is("85320000.00"));
        FakeServices.FUNDING.verify(getRequestedFor(urlPathEqualTo("/api/v1/funding-reports/utilisation"))
                .withQueryParam("reportingCurrency", equalTo("EUR"))
                .withQueryParam("asOf", equalTo("2025-06-30")));
    }

    @Test
    void aConversionFundingServiceRefusesIsA422() {
        FakeServices.FUNDING.stubFor(get(urlPathEqualTo("/api/v1/funding-reports/utilisation"))
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(
                                "{\"type\":\"https://kindling.dev/problems/exchange-rate-missing\",\"status\":422}")));
        given().auth()
                .oauth2(TestTokens.role("viewer"))
                .queryParam("reportingCurrency", "GBP")
                .get(PATH)
                .then()
                .statusCode(422)
                .body("type", is("https://kindling.dev/problems/exchange-rate-missing"))
                .body("detail", org.hamcrest.Matchers.containsString("into GBP on or before today"));
        given().auth()
                .oauth2(TestTokens.role("viewer"))
                .queryParam("asOf", "2025-06-30")
                .get(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", is("asOf"));
    }

    @Test
    void aServiceThatIsDownLeavesItsPartUnavailableAndTheRestAnswered() {
        FakeServices.FUNDING.stubFor(get(urlPathEqualTo("/api/v1/funding-reports/utilisation"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().auth()
                .oauth2(TestTokens.role("manager"))
                .when()
                .get(PATH)
                .then()
                .statusCode(200)
                .body("funding.status", is("UNAVAILABLE"))
                .body("funding.byKind", nullValue())
                .body("startups.total.recruited", is(38))
                .body("progress.status", is("AVAILABLE"));
    }

    @Test
    void aSlowServiceIsCutOffAndItsDependentProgressIsUnavailable() {
        FakeServices.STARTUP.stubFor(get(urlPathEqualTo("/api/v1/startup-stats"))
                .willReturn(aResponse().withFixedDelay(7000).withBody("{}")));

        given().auth()
                .oauth2(TestTokens.role("manager"))
                .when()
                .get(PATH)
                .then()
                .time(lessThan(5000L), TimeUnit.MILLISECONDS)
                .statusCode(200)
                .body("startups.status", is("UNAVAILABLE"))
                .body("progress.status", is("UNAVAILABLE"))
                .body("program.status", is("AVAILABLE"))
                .body("funding.status", is("AVAILABLE"));
    }

    @Test
    void anUnknownProgramIs404Problem() {
        FakeServices.HUB.stubFor(get(urlPathEqualTo("/api/v1/programs/" + PREFIX + "299"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://kindling.dev/problems/not-found\",\"status\":404}")));

        given().auth()
                .oauth2(TestTokens.uniquePartner("SG"))
                .when()
                .get("/api/v1/programs/" + PREFIX + "299/scoreboard")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("https://kindling.dev/problems/not-found"));
    }

    @Test
    void aRoleOutsideTheFourIsForbidden() {
        given().auth()
                .oauth2(TestTokens.role("intern"))
                .when()
                .get(PATH)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", is("https://kindling.dev/problems/forbidden"));
    }

    @Test
    void noTokenIs401() {
        given().when().get(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void hubOverviewCombinesTheServicesAndDegrades() {
        json(
                FakeServices.HUB,
                "/api/v1/hubs/" + SG,
                """
                {"id":"%s","code":"SG","name":"Singapore startup hub","kind":"STARTUP_HUB","country":"SG",
                 "city":"Singapore","region":"Asia Pacific","status":"ACTIVE","archived":false}"""
                        .formatted(SG));
        json(
                FakeServices.HUB,
                "/api/v1/programs",
                "{\"items\":[" + DemoShapes.program(SPARK_APAC, "SPARK-APAC", "", "") + "],\"nextCursor\":null}");
        FakeServices.FUNDING.stubFor(get(urlPathEqualTo("/api/v1/funding-reports/utilisation"))
                .willReturn(aResponse().withStatus(503)));

        given().auth()
                .oauth2(TestTokens.uniquePartner("SG"))
                .when()
                .get("/api/v1/hubs/" + SG + "/overview")
                .then()
                .statusCode(200)
                .body("hub.status", is("AVAILABLE"))
                .body("hub.details.code", is("SG"))
                .body("programs.items[0].code", is("SPARK-APAC"))
                .body("programs.more", is(false))
                .body("startups.total.recruited", is(38))
                .body("startups.programs[0].programId", is(SPARK_APAC))
                .body("funding.status", is("UNAVAILABLE"));

        FakeServices.HUB.verify(
                getRequestedFor(urlPathEqualTo("/api/v1/programs")).withQueryParam("hubId", equalTo(SG)));
        FakeServices.STARTUP.verify(
                getRequestedFor(urlPathEqualTo("/api/v1/startup-stats")).withQueryParam("hubId", equalTo(SG)));
    }

    private static void json(WireMockServer server, String path, String body) {
        server.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }
}
