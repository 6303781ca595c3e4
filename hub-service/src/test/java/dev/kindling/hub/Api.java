package dev.kindling.hub;

import static io.restassured.RestAssured.given;

import dev.kindling.common.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builders for request bodies and small API steps the tests share. */
final class Api {
    private Api() {}

    /** A code no other test uses, e.g. {@code T-3FA9C1}. */
    static String code() {
        return "T-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFFF))
                        .toUpperCase();
    }

    static Map<String, Object> hub() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code());
        body.put("name", "Test hub");
        body.put("kind", "STARTUP_HUB");
        body.put("country", "SG");
        body.put("city", "Singapore");
        body.put("region", "ASIA_PACIFIC");
        return body;
    }

    static Map<String, Object> program() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code());
        body.put("name", "Test program");
        body.put("kind", "ACCELERATOR");
        body.put("region", "ASIA_PACIFIC");
        body.put("startsOn", "2021-01-01");
        body.put("endsOn", "2023-12-31");
        return body;
    }

    static Map<String, Object> partner() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Test partner " + code());
        body.put("kind", "INCUBATOR");
        body.put("country", "HK");
        body.put("website", "https://example.org");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static RequestSpecification manager() {
        return as(TestTokens.manager());
    }

    static Response post(String path, Object body) {
        return manager().body(body).post(path);
    }

    static UUID create(String path, Object body) {
        return UUID.fromString(post(path, body).then().statusCode(201).extract().path("id"));
    }

    static UUID createHub() {
        return create("/api/v1/hubs", hub());
    }

    static UUID createProgram() {
        return create("/api/v1/programs", program());
    }

    static UUID createPartner() {
        return create("/api/v1/partners", partner());
    }

    static void addHub(UUID programId, UUID hubId) {
        post("/api/v1/programs/" + programId + "/hubs", Map.of("hubId", hubId))
                .then()
                .statusCode(200);
    }

    static String etag(String path) {
        return manager().get(path).then().statusCode(200).extract().header("ETag");
    }
}
