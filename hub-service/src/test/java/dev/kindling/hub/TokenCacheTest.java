package dev.kindling.hub;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The service's token verifier is common's caching one: a token verified once is not verified again. */
@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
class TokenCacheTest {
    @Inject
    JWTParser parser;

    @Test
    void theSameTokenTextIsVerifiedOnce() throws ParseException {
        String token = TestTokens.viewer();
        assertSame(parser.parse(token), parser.parse(token));
        assertNotSame(parser.parse(token), parser.parse(TestTokens.admin()));
    }

    @Test
    void aRememberedTokenStillMeansTheSameCaller() {
        String viewer = TestTokens.viewer();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(viewer).when().get("/api/v1/hubs").then().statusCode(200);
            given().auth()
                    .oauth2(viewer)
                    .contentType("application/json")
                    .body("{}")
                    .when()
                    .post("/api/v1/hubs")
                    .then()
                    .statusCode(403);
        }
    }
}
