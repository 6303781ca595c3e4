package dev.kindling.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's {@code /q/metrics} is public: its HTTP series are labelled by route template, never
 * by a path holding an id, and paths that matched nothing real share one label per collection.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class MetricsLabelTest {
    private final String token = TestTokens.role("manager");

    @BeforeEach
    void reset() {
        FakeServices.resetAll();
    }

    @Test
    void anIdNeverReachesTheMetricsLabels() {
        String allocation = UUID.randomUUID().toString();
        String unknown = UUID.randomUUID().toString();
        FakeServices.FUNDING.stubFor(get(urlPathMatching("/api/v1/allocations/" + allocation + "(/disbursements)?"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{}")));
        FakeServices.FUNDING.stubFor(get(urlPathMatching("/api/v1/allocations/" + unknown))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404}")));

        given().auth()
                .oauth2(token)
                .get("/api/v1/allocations/" + allocation)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(token)
                .get("/api/v1/allocations/" + allocation + "/disbursements")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(token)
                .get("/api/v1/allocations/" + unknown)
                .then()
                .statusCode(404);
        given().get("/api/v1/allocations/" + allocation).then().statusCode(401);

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains(allocation), "an allocation id is in the public metrics");
        assertFalse(metrics.contains(unknown), "an unknown id is in the public metrics");
        assertTrue(series(metrics, "200", "/api/v1/allocations/{id}"), metrics);
        assertTrue(series(metrics, "200", "/api/v1/allocations/{id}/disbursements"), metrics);
        assertTrue(series(metrics, "404", "/api/v1/allocations/{unmatched}"), metrics);
        assertTrue(series(metrics, "401", "/api/v1/allocations/{unmatched}"), metrics);
    }

    private static boolean series(String metrics, String status, String uri) {
        return metrics.lines()
                .anyMatch(line -> line.startsWith("http_server_requests_seconds_count{")
                        && line.contains("status=\"" + status + "\"")
                        && line.contains("uri=\"" + uri + "\""));
    }
}
