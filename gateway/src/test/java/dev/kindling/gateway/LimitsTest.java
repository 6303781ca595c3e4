package dev.kindling.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class LimitsTest {

    @BeforeEach
    void reset() {
        FakeServices.resetAll();
        FakeServices.STARTUP.stubFor(any(urlPathEqualTo("/api/v1/startups"))
                .willReturn(aResponse().withStatus(201).withBody("{}")));
    }

    @Test
    void aSubjectOverItsLimitGets429WithRetryAfterWhileOthersGoOn() {
        String busy = TestTokens.role("viewer");
        for (int i = 0; i < FakeServices.RATE_CAPACITY; i++) {
            given().auth()
                    .oauth2(busy)
                    .when()
                    .get("/api/v1/startups")
                    .then()
                    .statusCode(201)
                    .header("RateLimit-Limit", String.valueOf(FakeServices.RATE_CAPACITY))
                    .header("RateLimit-Remaining", String.valueOf(FakeServices.RATE_CAPACITY - 1 - i));
        }
        Response refused = given().auth().oauth2(busy).when().get("/api/v1/startups");
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kindling.dev/problems/rate-limited"))
                .header("RateLimit-Remaining", "0");
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        org.junit.jupiter.api.Assertions.assertTrue(retryAfter >= 1 && retryAfter <= 600, "Retry-After " + retryAfter);

        given().auth()
                .oauth2(TestTokens.role("viewer"))
                .when()
                .get("/api/v1/startups")
                .then()
                .statusCode(201);
    }

    @Test
    void aDeclaredBodyOverTheCapIs413ProblemAndNeverSent() {
        given().auth()
                .oauth2(TestTokens.role("manager"))
                .contentType("application/json")
                .body("{\"pad\":\"" + "x".repeat(FakeServices.MAX_BODY) + "\"}")
                .when()
                .post("/api/v1/startups")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kindling.dev/problems/body-too-large"));
        FakeServices.STARTUP.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aChunkedBodyOverTheCapIs413Problem() {
        byte[] big = ("{\"pad\":\"" + "x".repeat(FakeServices.MAX_BODY * 4) + "\"}").getBytes();
        given().auth()
                .oauth2(TestTokens.role("manager"))
                .contentType("application/json")
                .body(new ByteArrayInputStream(big)) // an InputStream body is sent chunked
                .when()
                .post("/api/v1/startups")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kindling.dev/problems/body-too-large"));
    }

    @Test
    void aChunkedBodyUnderTheCapIsStreamedThrough() {
        given().auth()
                .oauth2(TestTokens.role("manager"))
                .contentType("application/json")
                .body(new ByteArrayInputStream("{\"name\":\"Ubudu\"}".getBytes()))
                .when()
                .post("/api/v1/startups")
                .then()
                .statusCode(201);
        FakeServices.STARTUP.verify(anyRequestedFor(urlPathEqualTo("/api/v1/startups"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson("{\"name\":\"Ubudu\"}")));
    }

    @Test
    void corsAllowsListedOriginsOnly() {
        given().header("Origin", "https://dashboard.example")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/v1/startups")
                .then()
                .header("Access-Control-Allow-Origin", "https://dashboard.example");
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/v1/startups")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
