package dev.kindling.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connection that breaks under a request (a pooled keep-alive connection the service has just
 * closed, or a reset) is retried once on another connection exactly where a repeat is harmless: a
 * bodiless read or idempotent method, and a write carrying an Idempotency-Key. A write without one
 * is never repeated: the client gets the 502 and decides.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class BrokenConnectionTest {
    private static final String BODY = "{\"name\":\"Retry Labs\"}";
    private final String token = TestTokens.role("manager");

    @BeforeEach
    void reset() {
        FakeServices.resetAll();
    }

    @Test
    void aReadWhoseConnectionBreaksIsSentOnceMore() {
        WireMockServer startup = FakeServices.STARTUP;
        brokenOnce(
                startup,
                () -> get(urlPathEqualTo("/api/v1/startups")),
                aResponse().withStatus(200).withBody("{\"items\":[]}"));

        given().auth().oauth2(token).when().get("/api/v1/startups").then().statusCode(200);
        startup.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/startups")));
    }

    @Test
    void aWriteWithAnIdempotencyKeyIsSentOnceMoreWithTheSameBody() {
        WireMockServer startup = FakeServices.STARTUP;
        brokenOnce(
                startup,
                () -> post(urlPathEqualTo("/api/v1/startups")),
                aResponse().withStatus(201).withBody(BODY));
        String key = UUID.randomUUID().toString();

        given().auth()
                .oauth2(token)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(BODY)
                .when()
                .post("/api/v1/startups")
                .then()
                .statusCode(201);
        startup.verify(
                2,
                postRequestedFor(urlPathEqualTo("/api/v1/startups"))
                        .withHeader("Idempotency-Key", equalTo(key))
                        .withRequestBody(equalTo(BODY)));
    }

    @Test
    void aWriteWithoutAnIdempotencyKeyIsNeverRepeated() {
        WireMockServer startup = FakeServices.STARTUP;
        brokenOnce(
                startup,
                () -> post(urlPathEqualTo("/api/v1/startups")),
                aResponse().withStatus(201).withBody(BODY));

        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(BODY)
                .when()
                .post("/api/v1/startups")
                .then()
                .statusCode(502)
                .contentType("application/problem+json");
        assertEquals(
                1,
                startup.findAll(postRequestedFor(urlPathEqualTo("/api/v1/startups")))
                        .size());
    }

    @Test
    void aConnectionThatKeepsBreakingIsA502AfterOneRepeat() {
        WireMockServer startup = FakeServices.STARTUP;
        startup.stubFor(get(urlPathEqualTo("/api/v1/cohorts"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().auth().oauth2(token).when().get("/api/v1/cohorts").then().statusCode(502);
        startup.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/cohorts")));
    }

    /** The first request breaks its connection; the next is answered. */
    private static void brokenOnce(
            WireMockServer server, Supplier<MappingBuilder> request, ResponseDefinitionBuilder answer) {
        String scenario = "broken-" + UUID.randomUUID();
        server.stubFor(request.get()
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("answered"));
        server.stubFor(request.get()
                .inScenario(scenario)
                .whenScenarioStateIs("answered")
                .willReturn(answer));
    }
}
