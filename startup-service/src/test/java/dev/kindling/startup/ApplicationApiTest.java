package dev.kindling.startup;

import static dev.kindling.startup.Calls.question;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.startup.HubStubs.Hub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubServiceMock.class)
class ApplicationApiTest {
    static final List<Map<String, Object>> FORM = List.of(question("pitch", "LONG_TEXT", true));
    static final Map<String, Object> ANSWERS = Map.of("pitch", "Robots for farms");

    /** A startup in MY, AI, founded 2020-01-15, a team of 7 (see Api.startupJson). */
    private static UUID malaysianAiStartup() {
        return Api.startup(TestTokens.manager(), Api.unique("Applicant"), "MY", "AI");
    }

    @Test
    void eachEligibilityRuleIsCheckedAndNamed() {
        UUID cohort = Api.cohort(Hub.active("SG"), 10);
        Map<String, Map<String, Object>> rules = Map.of(
                "eligibility.countries", Map.of("countries", List.of("SG", "TH")),
                "eligibility.foundedOnOrAfter", Map.of("foundedOnOrAfter", "2021-01-01"),
                "eligibility.minTeamSize", Map.of("minTeamSize", 8),
                "eligibility.maxTeamSize", Map.of("maxTeamSize", 6),
                "eligibility.sectors", Map.of("sectors", List.of("FINTECH", "HEALTH")));
        for (Map.Entry<String, Map<String, Object>> rule : rules.entrySet()) {
            UUID call = Calls.open(Calls.call(cohort, FORM, rule.getValue()));
            UUID application = Calls.created(Calls.apply(TestTokens.manager(), call, malaysianAiStartup(), ANSWERS));
            Calls.submit(TestTokens.manager(), application)
                    .then()
                    .statusCode(422)
                    .body("type", equalTo("https://kindling.dev/problems/not-eligible"))
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo(rule.getKey()));
            assertEquals("DRAFT", Db.single("select status from application where id = ?1", application));
        }
        UUID all = Calls.open(Calls.call(
                cohort,
                FORM,
                Map.of(
                        "countries",
                        List.of("MY"),
                        "foundedOnOrAfter",
                        "2019-06-01",
                        "minTeamSize",
                        7,
                        "maxTeamSize",
                        7,
                        "sectors",
                        List.of("ai"))));
        Calls.submit(
                        TestTokens.manager(),
                        Calls.created(Calls.apply(TestTokens.manager(), all, malaysianAiStartup(), ANSWERS)))
                .then()
                .statusCode(200);
    }

    @Test
    void submittingMakesTheAppliedEnrollmentAndWithdrawingUndoesIt() {
        Hub hub = Hub.active("SG");
        UUID program = Api.program(hub);
        UUID cohort = Api.cohort(program, hub, 10);
        UUID call = Calls.open(Calls.call(cohort, FORM, null));
        long appliedBefore = Db.count(
                "select coalesce(sum(n), 0) from program_hub_count where program_id = ?1 and metric = 'APPLIED'",
                program);
        Calls.apply(TestTokens.partner("SG"), call, Api.startup(), ANSWERS)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("startupId"));
        UUID own = Api.startup(TestTokens.partner("SG"), Api.unique("Partner's own"), "SG", "AI");
        UUID application = Calls.created(Calls.apply(TestTokens.partner("SG"), call, own, ANSWERS));
        Response submitted = Calls.submit(TestTokens.partner("SG"), application);
        submitted.then().statusCode(200).body("status", equalTo("SUBMITTED"));
        String enrollment = submitted.jsonPath().getString("enrollmentId");
        Api.as(TestTokens.manager())
                .get("/api/v1/enrollments/" + enrollment)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("cohortId", equalTo(cohort.toString()));
        assertEquals(
                appliedBefore + 1,
                Db.count(
                        "select coalesce(sum(n), 0) from program_hub_count where program_id = ?1 and metric = 'APPLIED'",
                        program));
        Calls.submit(TestTokens.manager(), application).then().statusCode(409);
        Calls.post(
                        TestTokens.manager(),
                        "/api/v1/applications/" + application + "/withdraw",
                        Map.of("reason", "Joined another program"))
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        assertEquals(
                "WITHDRAWN", Db.single("select status from enrollment where id = ?1", UUID.fromString(enrollment)));
        Calls.post(TestTokens.manager(), "/api/v1/applications/" + application + "/withdraw", Map.of("reason", "again"))
                .then()
                .statusCode(409);
    }

    @Test
    void aCallTakesApplicationsOnlyWhileOpenAndOncePerStartup() {
        UUID cohort = Api.cohort(Hub.active("SG"), 10);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID past = Calls.open(Calls.call(cohort, FORM, null, now.minusDays(10), now.minusDays(1)));
        Calls.apply(TestTokens.manager(), past, Api.startup(), ANSWERS)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/call-closed"));
        UUID draftCall =
                Calls.created(Calls.post(TestTokens.manager(), "/api/v1/calls", Calls.call(cohort, FORM, null)));
        Calls.apply(TestTokens.manager(), draftCall, Api.startup(), ANSWERS)
                .then()
                .statusCode(409);

        UUID call = Calls.open(Calls.call(cohort, FORM, null));
        UUID startup = Api.startup();
        UUID first = Calls.created(Calls.apply(TestTokens.manager(), call, startup, ANSWERS));
        Calls.apply(TestTokens.manager(), call, startup, ANSWERS)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/duplicate"))
                .header("Location", containsString("/api/v1/applications/" + first));
        long before = Db.count("select count(*) from application where call_id = ?1", call);
        Api.as(TestTokens.manager())
                .post("/api/v1/calls/" + call + "/close")
                .then()
                .statusCode(200);
        Calls.submit(TestTokens.manager(), first)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/call-closed"));
        assertEquals(before, Db.count("select count(*) from application where call_id = ?1", call));
        assertEquals(
                0,
                Db.count("select count(*) from enrollment where cohort_id = ?1 and startup_id = ?2", cohort, startup));
    }

    @Test
    void aStartupGivenByItsDetailsIsTheOneTheDuplicateRulesRecognise() {
        UUID cohort = Api.cohort(Hub.active("SG"), 10);
        UUID call = Calls.open(Calls.call(cohort, FORM, null));
        String name = Api.unique("Known");
        String website = "https://" + UUID.randomUUID() + ".example";
        UUID known = UUID.fromString(Api.as(TestTokens.manager())
                .body(Api.startupJson(name, "SG", "AI", website))
                .post("/api/v1/startups")
                .jsonPath()
                .getString("id"));
        Map<String, Object> details = Map.of("name", "Another name", "country", "SG", "website", website + "/");
        Calls.post(
                        TestTokens.partner("SG"),
                        "/api/v1/applications",
                        Map.of("callId", call.toString(), "startup", details, "answers", ANSWERS))
                .then()
                .statusCode(201)
                .body("startupId", equalTo(known.toString()));
        long startups = Db.count("select count(*) from startup");
        String fresh = Calls.post(
                        TestTokens.partner("SG"),
                        "/api/v1/applications",
                        Map.of(
                                "callId",
                                call.toString(),
                                "startup",
                                Map.of("name", Api.unique("New"), "country", "SG"),
                                "answers",
                                ANSWERS))
                .then()
                .statusCode(201)
                .extract()
                .path("startupId");
        assertEquals(startups + 1, Db.count("select count(*) from startup"));
        Api.as(TestTokens.partner("SG")).get("/api/v1/startups/" + fresh).then().statusCode(200);
        Calls.post(TestTokens.manager(), "/api/v1/applications", Map.of("callId", call.toString(), "answers", ANSWERS))
                .then()
                .statusCode(400);
        Api.as(TestTokens.partner("HK"))
                .queryParam("callId", call.toString())
                .get("/api/v1/applications")
                .then()
                .statusCode(404);
    }
}
