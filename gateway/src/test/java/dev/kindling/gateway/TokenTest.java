package dev.kindling.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway lets only valid tokens through to /api and keeps health, metrics and OpenAPI public. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class TokenTest {

    @BeforeEach
    void reset() {
        FakeServices.resetAll();
        FakeServices.HUB.stubFor(
                get(urlPathEqualTo("/api/v1/hubs")).willReturn(aResponse().withBody("{\"items\":[]}")));
    }

    @Test
    void noTokenIs401ProblemWithChallengeAndNothingReachesTheService() {
        given().when()
                .get("/api/v1/hubs")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"kindling\"")
                .contentType("application/problem+json")
                .body("type", equalTo("https://kindling.dev/problems/missing-token"))
                .body("status", equalTo(401));
        FakeServices.HUB.verify(0, anyRequestedFor(anyUrl()));
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("malformed", "not.a.jwt"),
                Arguments.of("expired", TestTokens.expired()),
                Arguments.of("wrong signature", TestTokens.wronglySigned()),
                Arguments.of("alg none", TestTokens.algNone()),
                Arguments.of("wrong issuer", TestTokens.wrongIssuer()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void badTokenIs401ProblemAndNothingReachesTheService(String kind, String token) {
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/hubs")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .contentType("application/problem+json")
                .body("type", equalTo("https://kindling.dev/problems/invalid-token"));
        FakeServices.HUB.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "manager", "partner", "viewer"})
    void everyRoleIsLetThroughToTheServiceWhichEnforcesRoles(String role) {
        given().auth()
                .oauth2(TestTokens.role(role))
                .when()
                .get("/api/v1/hubs")
                .then()
                .statusCode(200);
    }

    @Test
    void aRememberedTokenVouchesForNoOtherText() {
        String valid = TestTokens.role("viewer");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(valid).when().get("/api/v1/hubs").then().statusCode(200);
        }
        String tampered =
                valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5);
        given().auth()
                .oauth2(tampered)
                .when()
                .get("/api/v1/hubs")
                .then()
                .statusCode(401)
                .body("type", equalTo("https://kindling.dev/problems/invalid-token"));
        FakeServices.HUB.verify(3, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi"})
    void operationalEndpointsArePublic(String path) {
        given().when().get(path).then().statusCode(200);
    }
}
