package dev.kindling.startup;

import static io.restassured.RestAssured.given;

import dev.kindling.common.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders for test data, through the API as a client would make it. */
public final class Api {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Api() {}

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8) + " " + SEQ.incrementAndGet();
    }

    public static String startupJson(String name, String country, String sector, String website) {
        return "{\"name\":\"" + name + "\",\"country\":\"" + country + "\",\"city\":\"Somewhere\",\"sector\":\""
                + sector
                + "\",\"foundedOn\":\"2020-01-15\"" + (website == null ? "" : ",\"website\":\"" + website + "\"")
                + ",\"teamSize\":7}";
    }

    public static UUID startup(String token, String name, String country, String sector) {
        return id(as(token).body(startupJson(name, country, sector, null)).post("/api/v1/startups"));
    }

    public static UUID startup() {
        return startup(TestTokens.manager(), unique("Startup"), "SG", "FINTECH");
    }

    /** A program run at the given hubs, stubbed in hub-service. */
    public static UUID program(HubStubs.Hub... hubs) {
        UUID programId = UUID.randomUUID();
        HubStubs.program(programId, "P-" + programId.toString().substring(0, 6), false, hubs);
        return programId;
    }

    public static String cohortJson(UUID programId, UUID hubId, String name, int capacity) {
        LocalDate start = LocalDate.now().minusMonths(1);
        return "{\"programId\":\"" + programId + "\",\"hubId\":\"" + hubId + "\",\"name\":\"" + name
                + "\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + start.plusMonths(6) + "\",\"capacity\":"
                + capacity + "}";
    }

    public static UUID cohort(UUID programId, HubStubs.Hub hub, int capacity) {
        return id(as(TestTokens.manager())
                .body(cohortJson(programId, hub.id(), unique("Cohort"), capacity))
                .post("/api/v1/cohorts"));
    }

    /** A cohort of a fresh program at a fresh active hub. */
    public static UUID cohort(HubStubs.Hub hub, int capacity) {
        return cohort(program(hub), hub, capacity);
    }

    public static UUID enroll(String token, UUID startupId, UUID cohortId) {
        return id(as(token)
                .body("{\"startupId\":\"" + startupId + "\",\"cohortId\":\"" + cohortId + "\"}")
                .post("/api/v1/enrollments"));
    }

    public static Response move(String token, UUID enrollmentId, String verb, String reason) {
        return as(token)
                .body("{\"reason\":\"" + reason + "\"}")
                .post("/api/v1/enrollments/" + enrollmentId + "/" + verb);
    }

    /** Moves along the given verbs, each of which must succeed. */
    public static void walk(UUID enrollmentId, String... verbs) {
        for (String verb : verbs) {
            move(TestTokens.manager(), enrollmentId, verb, "because " + verb)
                    .then()
                    .statusCode(200);
        }
    }

    private static UUID id(Response response) {
        response.then().statusCode(201);
        return UUID.fromString(response.jsonPath().getString("id"));
    }
}
