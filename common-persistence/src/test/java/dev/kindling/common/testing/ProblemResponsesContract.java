package dev.kindling.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The error, request-id, auth and idempotency behaviour every service shares. Each service runs it
 * against its own runtime and database by extending it in a {@code @QuarkusTest}, naming its real list
 * endpoints and a bad value for each of their filters: every one must be a 400 problem naming the
 * parameter, as must a bad cursor or limit on every list.
 */
public abstract class ProblemResponsesContract {
    private static final String PROBLEM = "application/problem+json";

    /** A list with a filter value it must refuse: {@code new BadFilter("/api/v1/budgets", "kind", "NOPE")}. */
    public record BadFilter(String path, String parameter, String value) {}

    /** Every list endpoint of the service (query included where one is required). */
    protected abstract List<String> lists();

    /** A bad value for every filter of those lists. */
    protected abstract List<BadFilter> badFilters();

    @Test
    void everyBadFilterOfARealListIsA400NamingIt() {
        List<BadFilter> filters = badFilters();
        assertFalse(filters.isEmpty());
        for (BadFilter bad : filters) {
            given().auth()
                    .oauth2(TestTokens.admin())
                    .queryParam(bad.parameter(), bad.value())
                    .when()
                    .get(bad.path())
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://kindling.dev/problems/invalid-request"))
                    .body("errors.field", hasItem(bad.parameter()));
        }
    }

    @Test
    void everyRealListRefusesABadCursorOrLimitNamingIt() {
        List<String> lists = lists();
        assertFalse(lists.isEmpty());
        String[][] cases = {
            {"limit", "0"},
            {"limit", "201"},
            {"limit", "ten"},
            {"limit", "-1"},
            {"cursor", "not-a-cursor"},
            {"cursor", "AAAAAAAAAAAAAAAAAAAAAB"},
        };
        for (String list : lists) {
            for (String[] bad : cases) {
                given().auth()
                        .oauth2(TestTokens.admin())
                        .queryParam(bad[0], bad[1])
                        .when()
                        .get(list)
                        .then()
                        .statusCode(400)
                        .contentType(PROBLEM)
                        .body("errors.field", hasItem(bad[0]));
            }
            given().auth()
                    .oauth2(TestTokens.admin())
                    .queryParam("limit", "1")
                    .when()
                    .get(list)
                    .then()
                    .statusCode(200)
                    .body("items.size()", lessThanOrEqualTo(1));
        }
    }

    @Test
    void validationFailureNamesEachField() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"far too long a name\",\"count\":-1}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://kindling.dev/problems/invalid-request"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/test-probe"))
                .body("errors", hasSize(2))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("count"));
    }

    @Test
    void malformedJsonIsA400() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": ")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://kindling.dev/problems/malformed-json"));
    }

    @Test
    void unknownFieldIsRejectedNotDropped() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"a\",\"colour\":\"red\"}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void wrongTypeNamesTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"a\",\"count\":\"many\"}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("count"));
    }

    @Test
    void unknownPathIsA404Problem() {
        given().when()
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("https://kindling.dev/problems/not-found"));
    }

    @Test
    void unknownIdIsA404Problem() {
        UUID id = UUID.randomUUID();
        given().when()
                .get("/test-probe/" + id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", containsString(id.toString()));
    }

    @Test
    void wrongMethodIsA405Problem() {
        given().when()
                .delete("/test-probe")
                .then()
                .statusCode(405)
                .contentType(PROBLEM)
                .body("type", equalTo("https://kindling.dev/problems/method-not-allowed"));
    }

    @Test
    void unacceptableMediaTypeIsA406Problem() {
        given().accept("application/xml")
                .when()
                .get("/test-probe/boom")
                .then()
                .statusCode(406)
                .body("type", equalTo("https://kindling.dev/problems/not-acceptable"));
    }

    @Test
    void unsupportedMediaTypeIsA415Problem() {
        given().contentType(ContentType.TEXT)
                .body("name=a")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("type", equalTo("https://kindling.dev/problems/unsupported-media-type"));
    }

    @Test
    void unexpectedErrorLeaksNothing() {
        String body = given().header("X-Request-Id", "boom-1")
                .when()
                .get("/test-probe/boom")
                .then()
                .statusCode(500)
                .contentType(PROBLEM)
                .body("requestId", equalTo("boom-1"))
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("IllegalStateException"), body);
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("must not leak"), body);
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("\tat "), body);
    }

    @Test
    void requestIdIsEchoedOrMade() {
        given().header("X-Request-Id", "abc-123")
                .when()
                .get("/q/health/live")
                .then()
                .header("X-Request-Id", equalTo("abc-123"));
        given().when().get("/q/health/live").then().header("X-Request-Id", notNullValue());
        given().header("X-Request-Id", "bad id with spaces")
                .when()
                .get("/q/health/live")
                .then()
                .header("X-Request-Id", not(equalTo("bad id with spaces")));
    }

    @Test
    void missingTokenIs401WithChallenge() {
        given().when()
                .get("/test-probe/managers-only")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .body("type", equalTo("https://kindling.dev/problems/missing-token"))
                .header("WWW-Authenticate", equalTo("Bearer realm=\"kindling\""));
    }

    @Test
    void forgedTokenIs401() {
        String forged = TestTokens.manager().substring(0, TestTokens.manager().lastIndexOf('.')) + ".AAAA";
        given().auth()
                .oauth2(forged)
                .when()
                .get("/test-probe/managers-only")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .body("type", equalTo("https://kindling.dev/problems/invalid-token"))
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
    }

    @Test
    void wrongRoleIs403AndRightRolePasses() {
        given().auth()
                .oauth2(TestTokens.viewer())
                .when()
                .get("/test-probe/managers-only")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.manager())
                .when()
                .get("/test-probe/managers-only")
                .then()
                .statusCode(200)
                .body("name", equalTo("ok"));
    }

    @Test
    void idempotentReplayGivesTheSameAnswer() {
        String key = UUID.randomUUID().toString();
        Response first = post(key, "{\"name\":\"same\",\"count\":1}");
        Response second = post(key, "{\"count\":1, \"name\":\"same\"}");
        assertEquals(201, first.statusCode());
        assertEquals(201, second.statusCode());
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals("true", second.header("Idempotent-Replayed"));

        post(key, "{\"name\":\"other\",\"count\":1}")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://kindling.dev/problems/idempotency-key-reused"));
        assertNotEquals(
                first.asString(),
                post(UUID.randomUUID().toString(), "{\"name\":\"same\",\"count\":1}")
                        .asString());
    }

    @Test
    void aKeyIsScopedToTheOperationSoAnotherTargetIsAReuse() {
        String key = UUID.randomUUID().toString();
        UUID first = UUID.randomUUID();
        String body = "{\"name\":\"poke\",\"count\":1}";
        Response poked = poke(first, key, body);
        assertEquals(200, poked.statusCode());
        Response again = poke(first, key, body);
        assertEquals(poked.asString(), again.asString());
        assertEquals(poked.header("ETag"), again.header("ETag"));
        assertEquals("true", again.header("Idempotent-Replayed"));
        poke(UUID.randomUUID(), key, body)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://kindling.dev/problems/idempotency-key-reused"));
        // the same key on another operation is another scope: it runs
        assertEquals(201, post(key, body).statusCode());
    }

    @Test
    void platformEndpointsAreServed() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().when().get("/q/health/started").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("openapi", startsWith("3"));
    }

    private static Response poke(UUID id, String key, String body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/test-probe/" + id + "/poke");
    }

    private static Response post(String key, String body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/test-probe");
    }
}
