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
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.kindling.common.paging.Cursors;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class PortfolioTest {
    private static final String C2C = PREFIX + "205";

    @BeforeEach
    void twoPrograms() {
        FakeServices.resetAll();
        json(
                FakeServices.HUB,
                "/api/v1/programs",
                "{\"items\":["
                        + DemoShapes.program(
                                SPARK_APAC,
                                "SPARK-APAC",
                                DemoShapes.runningHub(SG, "SG"),
                                DemoShapes.target(PREFIX + "901", "STARTUPS_RECRUITED", 1000))
                        + "," + DemoShapes.program(C2C, "C2C-JIP", "", "")
                        + "],\"nextCursor\":\"next-page\"}");
        json(
                FakeServices.STARTUP,
                "/api/v1/startup-stats",
                DemoShapes.stats(
                        DemoShapes.group(SPARK_APAC, SG, "SG", 3, 10, 5, 4, 12, 9, 7, 2),
                        DemoShapes.group(SPARK_APAC, HK, "HK", 1, 6, 2, 3, 8, 2, 1, 0),
                        DemoShapes.group(C2C, SG, "SG", 0, 1, 0, 2, 0, 0, 0, 0)));
        // grouped by program: the group is the program id
        json(
                FakeServices.FUNDING,
                "/api/v1/funding-reports/utilisation",
                DemoShapes.utilisation(
                        DemoShapes.row(SPARK_APAC, "USD", "100000000.00", "2500000.00", "1000000.00"),
                        DemoShapes.row(SPARK_APAC, "EUR", "6000000.00", "4000000.00", "0.00"),
                        DemoShapes.row(C2C, "USD", "40000000.00", "1000000.00", "0.00")));
    }

    /** A cursor as hub-service gives them out (the portfolio passes it on). */
    private static final String THIS_PAGE = Cursors.encode(UUID.fromString("00000000-0000-7000-8000-000000000201"));

    @Test
    void eachProgramHasItsProgressAndMoneyPerCurrencyFromThreeCalls() {
        String token = TestTokens.role("viewer");
        given().auth()
                .oauth2(token)
                .queryParam("limit", 2)
                .queryParam("cursor", THIS_PAGE)
                .when()
                .get("/api/v1/portfolio")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", is("next-page"))
                .body("items[0].code", is("SPARK-APAC"))
                // recruited = ACCEPTED + ACTIVE + GRADUATED: SG 4+12+9=25, HK 3+8+2=13
                .body("items[0].startups.total.recruited", is(38))
                .body("items[0].progress.targets[0].actual", is(38))
                .body("items[0].progress.targets[0].percent", is(3.8f))
                .body("items[0].funding.byKind", nullValue())
                .body("items[0].funding.byCurrency.currency", is(java.util.List.of("EUR", "USD")))
                .body("items[0].funding.byCurrency[1].committed.amount", is("2500000.00"))
                .body("items[0].funding.byCurrency[1].disbursed.amount", is("1000000.00"))
                .body("items[1].code", is("C2C-JIP"))
                .body("items[1].startups.total.recruited", is(2))
                .body("items[1].progress.targets", hasSize(0))
                .body("items[1].funding.byCurrency", hasSize(1))
                .body("items[1].funding.byCurrency[0].total.amount", is("40000000.00"));

        FakeServices.HUB.verify(getRequestedFor(urlPathEqualTo("/api/v1/programs"))
                .withQueryParam("limit", equalTo("2"))
                .withQueryParam("cursor", equalTo(THIS_PAGE))
                .withHeader("Authorization", equalTo("Bearer " + token)));
        FakeServices.FUNDING.verify(getRequestedFor(urlPathEqualTo("/api/v1/funding-reports/utilisation"))
                .withQueryParam("groupBy", equalTo("program"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
        FakeServices.STARTUP.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/startup-stats")));
    }

    @Test
    void aServiceDownMarksItsPartsUnavailableInEveryProgram() {
        FakeServices.STARTUP.stubFor(get(urlPathEqualTo("/api/v1/startup-stats"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().auth()
                .oauth2(TestTokens.role("manager"))
                .when()
                .get("/api/v1/portfolio")
                .then()
                .statusCode(200)
                .body("items.startups.status", is(java.util.List.of("UNAVAILABLE", "UNAVAILABLE")))
                .body("items.progress.status", is(java.util.List.of("UNAVAILABLE", "UNAVAILABLE")))
                .body("items[0].funding.status", is("AVAILABLE"))
                .body("items[0].funding.byCurrency", hasSize(2));
    }

    @Test
    void withoutTheProgramListThereIsNoPortfolio() {
        FakeServices.HUB.stubFor(
                get(urlPathEqualTo("/api/v1/programs")).willReturn(aResponse().withStatus(503)));

        given().auth()
                .oauth2(TestTokens.role("manager"))
                .when()
                .get("/api/v1/portfolio")
                .then()
                .statusCode(503)
                .contentType("application/problem+json");
    }

    @Test
    void aBadLimitOrCursorIs400AndNoServiceIsAskedForABadLimit() {
        given().auth()
                .oauth2(TestTokens.role("manager"))
                .queryParam("limit", 0)
                .when()
                .get("/api/v1/portfolio")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        FakeServices.HUB.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/programs")));

        FakeServices.HUB.stubFor(get(urlPathEqualTo("/api/v1/programs"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400}")));
        given().auth()
                .oauth2(TestTokens.role("manager"))
                .queryParam("cursor", "garbage")
                .when()
                .get("/api/v1/portfolio")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void noTokenIs401() {
        given().when().get("/api/v1/portfolio").then().statusCode(401).contentType("application/problem+json");
    }

    private static void json(WireMockServer server, String path, String body) {
        server.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }
}
