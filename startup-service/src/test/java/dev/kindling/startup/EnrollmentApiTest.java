package dev.kindling.startup;

import static dev.kindling.startup.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.startup.HubStubs.Hub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubServiceMock.class)
class EnrollmentApiTest {

    @Test
    void aStartupGoesFromAppliedToGraduatedWithItsHistoryAndCounts() {
        Hub hub = Hub.active("SG");
        UUID programId = Api.program(hub);
        UUID cohortId = Api.cohort(programId, hub, 2);
        UUID startupId = Api.startup(TestTokens.partner("SG"), Api.unique("Partner's own"), "SG", "AI");
        Response applied = as(TestTokens.partner("SG"))
                .body("{\"startupId\":\"" + startupId + "\",\"cohortId\":\"" + cohortId + "\",\"note\":\"keen\"}")
                .post("/api/v1/enrollments");
        applied.then()
                .statusCode(201)
                .body("status", equalTo("APPLIED"))
                .body("programId", equalTo(programId.toString()))
                .body("hubId", equalTo(hub.id().toString()))
                .body("hubCode", equalTo("SG"))
                .body("allowedTransitions", contains("SCREENING", "REJECTED", "WITHDRAWN"));
        UUID id = UUID.fromString(applied.jsonPath().getString("id"));

        Api.move(TestTokens.manager(), id, "screen", "looks promising")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("SCREENING"));
        Api.move(TestTokens.manager(), id, "accept", "strong team").then().body("status", equalTo("ACCEPTED"));
        assertEquals(1, Db.single("select seats_taken from cohort where id = ?1", cohortId));
        Api.move(TestTokens.manager(), id, "activate", "kick-off").then().body("status", equalTo("ACTIVE"));
        Api.move(TestTokens.manager(), id, "graduate", "demo day")
                .then()
                .statusCode(200)
                .body("status", equalTo("GRADUATED"))
                .body("allowedTransitions", hasSize(0));

        as(TestTokens.viewer())
                .get("/api/v1/enrollments/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items", hasSize(5))
                .body("items[0].from", nullValue())
                .body("items[0].to", equalTo("APPLIED"))
                .body("items[0].by", equalTo("partner-SG"))
                .body("items[0].reason", equalTo("keen"))
                .body("items.to", contains("APPLIED", "SCREENING", "ACCEPTED", "ACTIVE", "GRADUATED"))
                .body("items[4].from", equalTo("ACTIVE"))
                .body("items[4].by", equalTo("manager-user"))
                .body("items[4].reason", equalTo("demo day"));
        assertEquals(1, Db.single("select seats_taken from cohort where id = ?1", cohortId));
        assertEquals(
                5L,
                Db.count("select count(*) from outbox where aggregate_id = ?1 and aggregate_type = 'enrollment'", id));
        as(TestTokens.viewer())
                .queryParam("programId", programId.toString())
                .get("/api/v1/startup-stats")
                .then()
                .statusCode(200)
                .body("groups", hasSize(1))
                .body("groups[0].hubCode", equalTo("SG"))
                .body("groups[0].counts.APPLIED", equalTo(0))
                .body("groups[0].counts.GRADUATED", equalTo(1))
                .body("groups[0].counts.WITHDRAWN", equalTo(0))
                .body("groups[0].scaleups", equalTo(0));
    }

    @Test
    void duplicateAndUnknownReferencesAreRefused() {
        Hub hub = Hub.active("HK");
        UUID cohortId = Api.cohort(hub, 3);
        UUID startupId = Api.startup();
        UUID first = Api.enroll(TestTokens.manager(), startupId, cohortId);
        long before = Db.count("select count(*) from enrollment");
        apply(startupId, cohortId)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/duplicate"))
                .body("detail", containsString(first.toString()));
        apply(UUID.randomUUID(), cohortId)
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/invalid-reference"))
                .body("errors[0].field", equalTo("startupId"));
        apply(startupId, UUID.randomUUID())
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/invalid-reference"));
        as(TestTokens.partner("SG"))
                .body("{\"startupId\":\"" + startupId + "\",\"cohortId\":\"" + cohortId + "\"}")
                .post("/api/v1/enrollments")
                .then()
                .statusCode(422);
        assertEquals(before, Db.count("select count(*) from enrollment"));
    }

    @Test
    void illegalMovesListTheAllowedOnesAndExitsNeedAReason() {
        UUID id = Api.enroll(TestTokens.manager(), Api.startup(), Api.cohort(Hub.active("MY"), 3));
        Api.move(TestTokens.manager(), id, "graduate", "too soon")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/illegal-transition"))
                .body("detail", containsString("allowed: SCREENING, REJECTED, WITHDRAWN"))
                .body("errors[0].field", equalTo("status"));
        as(TestTokens.manager())
                .body("{}")
                .post("/api/v1/enrollments/" + id + "/reject")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(TestTokens.manager())
                .post("/api/v1/enrollments/" + id + "/screen")
                .then()
                .statusCode(200)
                .body("status", equalTo("SCREENING"));
        Api.move(TestTokens.viewer(), id, "accept", "viewer").then().statusCode(403);
        Api.move(TestTokens.partner("SG"), id, "accept", "other hub").then().statusCode(404);
        assertEquals("SCREENING", Db.single("select status from enrollment where id = ?1", id));
    }

    @Test
    void withdrawingGivesTheSeatBackAndAStaleIfMatchIs412() {
        UUID cohortId = Api.cohort(Hub.active("TH"), 1);
        UUID id = Api.enroll(TestTokens.manager(), Api.startup(), cohortId);
        Api.walk(id, "screen", "accept");
        assertEquals(1, Db.single("select seats_taken from cohort where id = ?1", cohortId));
        as(TestTokens.manager())
                .header("If-Match", "\"0\"")
                .body("{\"reason\":\"stale\"}")
                .post("/api/v1/enrollments/" + id + "/withdraw")
                .then()
                .statusCode(412);
        Api.move(TestTokens.manager(), id, "withdraw", "founder left").then().body("status", equalTo("WITHDRAWN"));
        assertEquals(0, Db.single("select seats_taken from cohort where id = ?1", cohortId));
        UUID next = Api.enroll(TestTokens.manager(), Api.startup(), cohortId);
        Api.walk(next, "screen", "accept");
    }

    @Test
    void actionReplaysWithTheSameKeyMoveOnce() {
        UUID id = Api.enroll(TestTokens.manager(), Api.startup(), Api.cohort(Hub.active("SG"), 3));
        String key = UUID.randomUUID().toString();
        Response first = as(TestTokens.manager())
                .header("Idempotency-Key", key)
                .body("{\"reason\":\"r\"}")
                .post("/api/v1/enrollments/" + id + "/screen");
        Response again = as(TestTokens.manager())
                .header("Idempotency-Key", key)
                .body("{\"reason\":\"r\"}")
                .post("/api/v1/enrollments/" + id + "/screen");
        first.then().statusCode(200);
        again.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), again.asString());
        assertEquals(2L, Db.count("select count(*) from enrollment_transition where enrollment_id = ?1", id));

        UUID other = Api.enroll(TestTokens.manager(), Api.startup(), Api.cohort(Hub.active("SG"), 3));
        as(TestTokens.manager())
                .header("Idempotency-Key", key)
                .body("{\"reason\":\"r\"}")
                .post("/api/v1/enrollments/" + other + "/screen")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/idempotency-key-reused"));
        assertEquals("APPLIED", Db.single("select status from enrollment where id = ?1", other));
    }

    @Test
    void theFundingContractQueryFindsAcceptedOrActiveEnrollments() {
        Hub hub = Hub.active("SG");
        UUID programId = Api.program(hub);
        UUID cohortId = Api.cohort(programId, hub, 5);
        UUID startupId = Api.startup();
        UUID id = Api.enroll(TestTokens.manager(), startupId, cohortId);
        query(startupId, programId).then().statusCode(200).body("items", hasSize(0));
        Api.walk(id, "screen", "accept");
        query(startupId, programId)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id.toString()))
                .body("items[0].cohortId", equalTo(cohortId.toString()))
                .body("items[0].hubCode", equalTo("SG"))
                .body("items[0].status", equalTo("ACCEPTED"));
        as(TestTokens.viewer())
                .queryParam("status", "NOPE")
                .get("/api/v1/enrollments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(TestTokens.partner("HK")).get("/api/v1/enrollments/" + id).then().statusCode(404);
        as(TestTokens.partner("HK"))
                .queryParam("startupId", startupId.toString())
                .get("/api/v1/enrollments")
                .then()
                .body("items", hasSize(0));
    }

    private static Response query(UUID startupId, UUID programId) {
        return as(TestTokens.viewer())
                .queryParam("startupId", startupId.toString())
                .queryParam("programId", programId.toString())
                .queryParam("status", "ACCEPTED")
                .queryParam("status", "ACTIVE")
                .get("/api/v1/enrollments");
    }

    private static Response apply(UUID startupId, UUID cohortId) {
        return as(TestTokens.manager())
                .body("{\"startupId\":\"" + startupId + "\",\"cohortId\":\"" + cohortId + "\"}")
                .post("/api/v1/enrollments");
    }
}
