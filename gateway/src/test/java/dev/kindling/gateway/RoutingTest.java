package dev.kindling.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class RoutingTest {
    private final String token = TestTokens.role("manager");

    @BeforeEach
    void reset() {
        FakeServices.resetAll();
    }

    @ParameterizedTest
    @CsvSource({
        "HUB, POST, /api/v1/hubs",
        "HUB, PUT, /api/v1/programs/0192f3a4-0000-7000-8000-000000000201",
        "STARTUP, PATCH, /api/v1/enrollments/0192f3a4-0000-7000-8000-000000000601",
        "STARTUP, POST, /api/v1/startups",
        "FUNDING, POST, /api/v1/budgets/0192f3a4-0000-7000-8000-000000000701/close",
        "FUNDING, DELETE, /api/v1/allocations/0192f3a4-0000-7000-8000-000000000801"
    })
    void everyMethodReachesTheServiceOwningThePrefixWithBodyHeadersAndStatus(
            String service, String method, String path) {
        WireMockServer upstream = server(service);
        upstream.stubFor(any(urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Location", path + "/new")
                        .withHeader("ETag", "\"3\"")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"echo\":\"done\"}")));

        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .header("If-Match", "\"2\"")
                .header("Idempotency-Key", "key-1")
                .body("{\"name\":\"Spark\"}")
                .when()
                .request(method, path + "?dryRun=false&tag=a&tag=b")
                .then()
                .statusCode(201)
                .header("Location", path + "/new")
                .header("ETag", "\"3\"")
                .body("echo", equalTo("done"));

        upstream.verify(WireMock.requestedFor(method, urlEqualTo(path + "?dryRun=false&tag=a&tag=b"))
                .withHeader("If-Match", WireMock.equalTo("\"2\""))
                .withHeader("Idempotency-Key", WireMock.equalTo("key-1"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withRequestBody(equalToJson("{\"name\":\"Spark\"}")));
    }

    @Test
    void errorsOfTheServiceArePassedThroughAsTheyAre() {
        String problem = "{\"type\":\"https://kindling.dev/problems/bad-transition\",\"status\":409}";
        FakeServices.STARTUP.stubFor(any(urlPathMatching("/api/v1/enrollments/.*"))
                .willReturn(aResponse()
                        .withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(problem)));

        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/enrollments/0192f3a4-0000-7000-8000-000000000601/graduate")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kindling.dev/problems/bad-transition"));
    }

    @Test
    void requestIdAndTraceparentAreCreatedPassedOnAndEchoed() {
        FakeServices.HUB.stubFor(
                get(urlPathEqualTo("/api/v1/hubs")).willReturn(aResponse().withBody("{}")));

        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/hubs")
                .then()
                .statusCode(200)
                .header("X-Request-Id", not(emptyOrNullString()));

        FakeServices.HUB.verify(getRequestedFor(urlPathEqualTo("/api/v1/hubs"))
                .withHeader("X-Request-Id", matching("[0-9a-f-]{36}"))
                .withHeader("traceparent", matching("00-[0-9a-f]{32}-[0-9a-f]{16}-01")));
    }

    @Test
    void givenRequestIdAndTraceparentAreKept() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        FakeServices.HUB.stubFor(
                get(urlPathEqualTo("/api/v1/hubs")).willReturn(aResponse().withBody("{}")));

        given().auth()
                .oauth2(token)
                .header("X-Request-Id", "client-req-42")
                .header("traceparent", traceparent)
                .when()
                .get("/api/v1/hubs")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "client-req-42");

        FakeServices.HUB.verify(getRequestedFor(urlPathEqualTo("/api/v1/hubs"))
                .withHeader("X-Request-Id", WireMock.equalTo("client-req-42"))
                .withHeader("traceparent", WireMock.equalTo(traceparent)));
    }

    @Test
    void requestsAreSpreadOverAServiceAndItsReplicasInTurn() {
        for (WireMockServer twin : List.of(FakeServices.TWIN_A, FakeServices.TWIN_B)) {
            twin.stubFor(
                    get(urlPathEqualTo("/api/v1/twins")).willReturn(aResponse().withBody("{}")));
        }
        int requests = 6;
        for (int i = 0; i < requests; i++) {
            given().auth().oauth2(token).when().get("/api/v1/twins").then().statusCode(200);
        }

        int atA = FakeServices.TWIN_A
                .findAll(getRequestedFor(urlPathEqualTo("/api/v1/twins")))
                .size();
        int atB = FakeServices.TWIN_B
                .findAll(getRequestedFor(urlPathEqualTo("/api/v1/twins")))
                .size();
        assertEquals(requests, atA + atB);
        assertEquals(requests / 2, atA, "the URL listed twice counts once, so the two take turns");
    }

    @Test
    void unknownRouteIsA404Problem() {
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/unicorns")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kindling.dev/problems/not-found"))
                .body("instance", equalTo("/api/v1/unicorns"));
        given().when().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void upstreamThatRefusesIsA502ProblemAtOnce() {
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/graveyard")
                .then()
                .time(lessThan(2000L), TimeUnit.MILLISECONDS)
                .statusCode(502)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://kindling.dev/problems/upstream-unavailable"))
                .body("requestId", not(emptyOrNullString()));
    }

    @Test
    void upstreamThatResetsIsA502Problem() {
        FakeServices.FUNDING.stubFor(get(urlPathEqualTo("/api/v1/budgets"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/budgets")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString("funding-service"));
    }

    @Test
    void upstreamThatIsTooSlowIsA504ProblemAfterTheTimeout() {
        FakeServices.STARTUP.stubFor(get(urlPathEqualTo("/api/v1/startups"))
                .willReturn(aResponse().withFixedDelay(7000).withBody("{}")));

        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/startups")
                .then()
                .time(lessThan(5000L), TimeUnit.MILLISECONDS)
                .statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kindling.dev/problems/upstream-timeout"));
    }

    @Test
    void theTokenAndItsClaimsReachTheServiceUnchanged() {
        String partner = TestTokens.uniquePartner("SG");
        FakeServices.STARTUP.stubFor(
                get(urlPathEqualTo("/api/v1/startups")).willReturn(aResponse().withBody("{}")));

        given().auth()
                .oauth2(partner)
                .when()
                .get("/api/v1/startups?hubId=HK")
                .then()
                .statusCode(200);

        FakeServices.STARTUP.verify(anyRequestedFor(urlEqualTo("/api/v1/startups?hubId=HK"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + partner)));
    }

    @Test
    void responseHeadersAreNotDoubled() {
        FakeServices.HUB.stubFor(get(urlPathEqualTo("/api/v1/partners"))
                .willReturn(
                        aResponse().withHeader("X-Request-Id", "from-service").withBody("{}")));

        String ids = given().auth()
                .oauth2(token)
                .header("X-Request-Id", "from-client")
                .when()
                .get("/api/v1/partners")
                .then()
                .statusCode(200)
                .extract()
                .headers()
                .getValues("X-Request-Id")
                .toString();
        org.hamcrest.MatcherAssert.assertThat(ids, matchesPattern("\\[[^,]+\\]"));
    }

    private static WireMockServer server(String name) {
        return switch (name) {
            case "HUB" -> FakeServices.HUB;
            case "STARTUP" -> FakeServices.STARTUP;
            default -> FakeServices.FUNDING;
        };
    }
}
