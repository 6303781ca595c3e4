package dev.kindling.startup;

import static dev.kindling.startup.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.startup.HubStubs.Hub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubServiceMock.class)
class ScaleupApiTest {
    private static final LocalDate END = LocalDate.of(2025, 6, 30);

    @Test
    void candidatesFollowTheOecdRuleAndMarkingCountsAtTheHub() {
        Hub hub = Hub.active("SG");
        UUID programId = Api.program(hub);
        UUID cohortId = Api.cohort(programId, hub, 10);
        UUID grower = seated(cohortId, 10, 18);
        UUID slow = seated(cohortId, 10, 17);
        UUID applied = Api.startup();
        Api.enroll(TestTokens.manager(), applied, cohortId);
        snapshots(applied, 10, 50);

        as(TestTokens.viewer())
                .queryParam("programId", programId.toString())
                .queryParam("asOf", END.toString())
                .get("/api/v1/scaleups/candidates")
                .then()
                .statusCode(200)
                .body("items.startupId", contains(grower.toString()))
                .body("items[0].hubCode", equalTo("SG"))
                .body("items[0].startHeadcount", equalTo(10))
                .body("items[0].endHeadcount", equalTo(18))
                .body("items[0].employeeGrowthPercent", equalTo("21.6"))
                .body("items[0].reasons[0]", equalTo("headcount 10 on 2022-06-30 (10 or more)"));

        String mark = "{\"startupId\":\"" + grower + "\",\"programId\":\"" + programId
                + "\",\"markedOn\":\"2025-07-01\",\"evidence\":\"10 → 18 employees in three years\"}";
        as(TestTokens.partner("SG")).body(mark).post("/api/v1/scaleups").then().statusCode(403);
        String id = as(TestTokens.manager())
                .body(mark)
                .post("/api/v1/scaleups")
                .then()
                .statusCode(201)
                .body("hubCode", equalTo("SG"))
                .body("markedBy", equalTo("manager-user"))
                .extract()
                .jsonPath()
                .getString("id");
        as(TestTokens.manager())
                .body(mark)
                .post("/api/v1/scaleups")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/duplicate"));
        as(TestTokens.viewer()).get("/api/v1/scaleups/" + id).then().statusCode(200);
        as(TestTokens.partner("HK")).get("/api/v1/scaleups/" + id).then().statusCode(404);
        as(TestTokens.viewer())
                .queryParam("programId", programId.toString())
                .queryParam("asOf", END.toString())
                .get("/api/v1/scaleups/candidates")
                .then()
                .body("items", hasSize(0));
        as(TestTokens.viewer())
                .queryParam("hubId", hub.id().toString())
                .get("/api/v1/startup-stats")
                .then()
                .statusCode(200)
                .body("groups", hasSize(1))
                .body("groups[0].programId", equalTo(programId.toString()))
                .body("groups[0].scaleups", equalTo(1))
                .body("groups[0].counts.ACCEPTED", equalTo(2))
                .body("groups[0].counts.APPLIED", equalTo(1));
        as(TestTokens.viewer())
                .queryParam("scaleup", "true")
                .queryParam("programId", programId.toString())
                .get("/api/v1/startups")
                .then()
                .body("items.id", contains(grower.toString()))
                .body("items.id", not(hasItem(slow.toString())));
        as(TestTokens.partner("HK"))
                .queryParam("programId", programId.toString())
                .get("/api/v1/startup-stats")
                .then()
                .body("groups", hasSize(0));
    }

    @Test
    void onlyTakingPartStartupsCanBeMarked() {
        Hub hub = Hub.active("HK");
        UUID programId = Api.program(hub);
        UUID startup = Api.startup();
        Api.enroll(TestTokens.manager(), startup, Api.cohort(programId, hub, 3));
        long before = Db.count("select count(*) from scaleup");
        as(TestTokens.manager())
                .body("{\"startupId\":\"" + startup + "\",\"programId\":\"" + programId
                        + "\",\"markedOn\":\"2025-01-01\",\"evidence\":\"e\"}")
                .post("/api/v1/scaleups")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/ineligible-reference"));
        as(TestTokens.manager())
                .body("{\"startupId\":\"" + UUID.randomUUID() + "\",\"programId\":\"" + programId
                        + "\",\"markedOn\":\"2025-01-01\",\"evidence\":\"e\"}")
                .post("/api/v1/scaleups")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/invalid-reference"));
        as(TestTokens.manager())
                .body("{\"startupId\":\"" + startup + "\",\"programId\":\"" + programId + "\",\"markedOn\":\""
                        + LocalDate.now().plusDays(2) + "\",\"evidence\":\"e\"}")
                .post("/api/v1/scaleups")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("markedOn"));
        as(TestTokens.viewer()).get("/api/v1/scaleups/candidates").then().statusCode(400);
        assertEquals(before, Db.count("select count(*) from scaleup"));
    }

    @Test
    void anAssessmentSaysWhyAStartupIsOrIsNotACandidate() {
        Hub hub = Hub.active("MY");
        UUID programId = Api.program(hub);
        UUID cohortId = Api.cohort(programId, hub, 10);
        UUID grower = seated(cohortId, 10, 18);
        UUID slow = seated(cohortId, 10, 17);
        UUID young = Api.startup();

        as(TestTokens.viewer())
                .queryParam("asOf", END.toString())
                .get("/api/v1/startups/" + grower + "/scaleup-assessment")
                .then()
                .statusCode(200)
                .body("meets", equalTo(true))
                .body("periodStart", equalTo(END.minusYears(3).toString()))
                .body("periodEnd", equalTo(END.toString()))
                .body("employeeGrowthPercent", equalTo("21.6"))
                .body("reasons[0]", equalTo("headcount 10 on 2022-06-30 (10 or more)"));
        as(TestTokens.viewer())
                .queryParam("asOf", END.toString())
                .get("/api/v1/startups/" + slow + "/scaleup-assessment")
                .then()
                .statusCode(200)
                .body("meets", equalTo(false))
                .body("endHeadcount", equalTo(17))
                .body("reasons[1]", equalTo("employees 10 → 17 over 3.0 years: 19.3% a year (below 20%)"));
        as(TestTokens.viewer())
                .get("/api/v1/startups/" + young + "/scaleup-assessment")
                .then()
                .statusCode(200)
                .body("meets", equalTo(false))
                .body("reasons", contains("no KPI snapshot on or before " + LocalDate.now()));
        as(TestTokens.partner("HK"))
                .get("/api/v1/startups/" + grower + "/scaleup-assessment")
                .then()
                .statusCode(404);
        as(TestTokens.viewer())
                .queryParam("asOf", "June")
                .get("/api/v1/startups/" + grower + "/scaleup-assessment")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }

    private static UUID seated(UUID cohortId, int from, int to) {
        UUID startup = Api.startup();
        Api.walk(Api.enroll(TestTokens.manager(), startup, cohortId), "screen", "accept");
        snapshots(startup, from, to);
        return startup;
    }

    private static void snapshots(UUID startup, int from, int to) {
        for (String snapshot : new String[] {
            "{\"asOf\":\"" + END.minusYears(3) + "\",\"headcount\":" + from + "}",
            "{\"asOf\":\"" + END.minusYears(1) + "\",\"headcount\":" + (from + 1) + "}",
            "{\"asOf\":\"" + END + "\",\"headcount\":" + to + "}"
        }) {
            as(TestTokens.manager())
                    .body(snapshot)
                    .post("/api/v1/startups/" + startup + "/kpis")
                    .then()
                    .statusCode(201);
        }
    }
}
