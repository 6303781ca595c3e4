package dev.kindling.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The suite's one request-decoding policy, checked on each service's real create endpoints: a body
 * with a duplicate key, something after the JSON value, a NUL or a lone surrogate in a string, or
 * bytes that are not UTF-8 is a 400 problem and writes nothing; errors of the HTTP layer (a request
 * line or headers over the limits, bad percent-encoding) are problems with a request id; a Location
 * names the address the client used (the gateway's, from X-Forwarded-Host and -Proto).
 */
public abstract class StrictInputContract {
    private static final String PROBLEM = "application/problem+json";

    /**
     * A create endpoint, the table that holds what it creates, and a body whose {@code field} value is
     * {@code %s} (inside its quotes): each call of {@code template} answers a valid body again (fresh
     * unique codes and names), since the checks create resources to prove the body is good.
     */
    public record CreateProbe(String path, String table, String field, Supplier<String> template) {}

    protected abstract List<CreateProbe> creates();

    @Test
    void everyMalformedBodyIsA400AndWritesNothing() {
        List<CreateProbe> probes = creates();
        assertFalse(probes.isEmpty());
        for (CreateProbe probe : probes) {
            String template = probe.template().get();
            long before = Db.count("select count(*) from " + probe.table());
            String good = template.formatted("Strict " + UUID.randomUUID());
            int brace = good.indexOf('{');
            String duplicate =
                    good.substring(0, brace + 1) + "\"" + probe.field() + "\":\"first\"," + good.substring(brace + 1);
            for (String[] bad : new String[][] {
                {duplicate, "malformed-json", "duplicate key"},
                {good + " garbage", "malformed-json", "garbage"},
                {good + "{}", "malformed-json", "follows"},
                {template.formatted("nul \\u0000 inside"), "invalid-request", "NUL"},
                {template.formatted("lone \\ud800 surrogate"), "invalid-request", "surrogate"},
                {template.formatted("reversed \\udc00\\ud800 pair"), "invalid-request", "surrogate"},
            }) {
                post(probe.path(), bad[0].getBytes(StandardCharsets.UTF_8))
                        .then()
                        .statusCode(400)
                        .contentType(PROBLEM)
                        .body("type", equalTo("https://kindling.dev/problems/" + bad[1]))
                        .body("detail", containsString(bad[2]))
                        .body("requestId", notNullValue());
            }
            for (byte[] notUtf8 : List.of(
                    new byte[] {(byte) 0xC1, (byte) 0x81}, // overlong 'A'
                    new byte[] {(byte) 0xC0, (byte) 0x80}, // overlong NUL
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
                    new byte[] {(byte) 0xFF})) {
                post(probe.path(), withRawBytes(template, notUtf8))
                        .then()
                        .statusCode(400)
                        .contentType(PROBLEM)
                        .body("type", equalTo("https://kindling.dev/problems/malformed-json"))
                        .body("detail", containsString("UTF-8"));
            }
            assertEquals(before, Db.count("select count(*) from " + probe.table()), probe.path() + " wrote a row");
            post(probe.path(), good.getBytes(StandardCharsets.UTF_8)).then().statusCode(201);
            assertEquals(before + 1, Db.count("select count(*) from " + probe.table()), "the good body is written");
        }
    }

    @Test
    void aLocationNamesTheAddressTheClientUsed() {
        CreateProbe probe = creates().get(0);
        Response created = given().auth()
                .oauth2(TestTokens.admin())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Forwarded-Host", "api.kindling.example:8443")
                .header("X-Forwarded-Proto", "https")
                .contentType("application/json")
                .body(probe.template().get().formatted("Forwarded " + UUID.randomUUID()))
                .when()
                .post(probe.path());
        created.then()
                .statusCode(201)
                .header("Location", startsWith("https://api.kindling.example:8443" + probe.path() + "/"));
    }

    @Test
    void aRequestLineOverTheLimitIsA414Problem() {
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("cursor", "a".repeat(10_000))
                .when()
                .get(creates().get(0).path())
                .then()
                .statusCode(414)
                .contentType(PROBLEM)
                .body("type", equalTo("https://kindling.dev/problems/uri-too-long"))
                .body("requestId", notNullValue());
    }

    @Test
    void headersOverTheLimitAreA431Problem() {
        given().auth()
                .oauth2("a".repeat(100_000))
                .when()
                .get(creates().get(0).path())
                .then()
                .statusCode(431)
                .contentType(PROBLEM)
                .body("type", equalTo("https://kindling.dev/problems/headers-too-large"))
                .body("requestId", notNullValue());
    }

    /**
     * Quarkus refuses a request target that is not valid percent-encoding before any route (ours
     * included) runs, with a bare 400: nothing of the request reaches the service's code.
     */
    @Test
    void badPercentEncodingIsRefusedBeforeAnyCodeRuns() {
        RawHttp.Answer answer = RawHttp.get(
                "localhost", RestAssured.port, creates().get(0).path() + "?cursor=%%%garbage", TestTokens.admin());
        assertEquals(400, answer.status(), answer.head());
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    @Test
    void anOutOfRangeLimitNamesTheParameter() {
        for (String limit : List.of("abc", "1e3", "2147483648", "-0", " 5")) {
            given().auth()
                    .oauth2(TestTokens.admin())
                    .queryParam("limit", limit)
                    .when()
                    .get(creates().get(0).path())
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("limit"));
        }
    }

    private static Response post(String path, byte[] body) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json")
                .body(body)
                .when()
                .post(path);
    }

    private static byte[] withRawBytes(String template, byte[] raw) {
        int at = template.indexOf("%s");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(template.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes("bad ".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(template.substring(at + 2).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
