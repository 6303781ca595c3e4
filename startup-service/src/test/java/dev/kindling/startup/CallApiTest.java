package dev.kindling.startup;

import static dev.kindling.startup.Calls.criterion;
import static dev.kindling.startup.Calls.question;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.startup.HubStubs.Hub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubServiceMock.class)
class CallApiTest {
    static final List<Map<String, Object>> EVERY_TYPE = List.of(
            question("name", "SHORT_TEXT", true, "maxLength", 10),
            question("pitch", "LONG_TEXT", true, "maxLength", 20),
            question("team", "NUMBER", true, "min", 1, "max", 50),
            question("stage", "SINGLE_CHOICE", true, "options", List.of("Idea", "MVP")),
            question("markets", "MULTIPLE_CHOICE", false, "options", List.of("SG", "MY", "TH")),
            question("demo", "URL", false),
            question("founded", "DATE", false));

    @Test
    void aCallIsCheckedAsAWholeAndEachFaultNamed() {
        UUID cohort = Api.cohort(Hub.active("SG"), 10);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> bad = Calls.call(
                cohort,
                List.of(
                        question("a", "SHORT_TEXT", true),
                        question("a", "NUMBER", false, "min", 5, "max", 1),
                        question("c", "SINGLE_CHOICE", true),
                        question("d", "URL", false, "options", List.of("x", "y"))),
                Map.of("minTeamSize", 10, "maxTeamSize", 5),
                now,
                now.minusDays(1));
        bad.put(
                "rubric",
                List.of(
                        criterion("t", "1"),
                        Map.of("key", "t", "title", "T", "weight", 1, "scaleMin", 3, "scaleMax", 3)));
        Calls.post(TestTokens.manager(), "/api/v1/calls", bad)
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "closesAt",
                                "form[1].key",
                                "form[1].max",
                                "form[2].options",
                                "form[3].options",
                                "rubric[1].key",
                                "rubric[1].scaleMax",
                                "eligibility.maxTeamSize"));
        Calls.post(TestTokens.partner("SG"), "/api/v1/calls", Calls.call(cohort, EVERY_TYPE, null))
                .then()
                .statusCode(403);
    }

    @Test
    void theFormAndRubricFreezeOnceTheCallOpens() {
        UUID cohort = Api.cohort(Hub.active("SG"), 10);
        Map<String, Object> body = Calls.call(cohort, List.of(), null);
        UUID call = Calls.created(Calls.post(TestTokens.manager(), "/api/v1/calls", body));
        Api.as(TestTokens.manager())
                .post("/api/v1/calls/" + call + "/open")
                .then()
                .statusCode(409);
        body.put("form", EVERY_TYPE);
        Api.as(TestTokens.manager())
                .header("If-Match", "\"0\"")
                .body(Calls.json(body))
                .put("/api/v1/calls/" + call)
                .then()
                .statusCode(200)
                .body("form.key", equalTo(List.of("name", "pitch", "team", "stage", "markets", "demo", "founded")));
        Api.as(TestTokens.manager())
                .post("/api/v1/calls/" + call + "/open")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("acceptingApplications", equalTo(true));
        Api.as(TestTokens.manager())
                .header("If-Match", "\"2\"")
                .body(Calls.json(body))
                .put("/api/v1/calls/" + call)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/illegal-transition"));
        Api.as(TestTokens.partner("HK")).get("/api/v1/calls/" + call).then().statusCode(404);
        Api.as(TestTokens.partner("SG")).get("/api/v1/calls/" + call).then().statusCode(200);
        Api.as(TestTokens.manager())
                .post("/api/v1/calls/" + call + "/close")
                .then()
                .statusCode(200);
        Api.as(TestTokens.manager())
                .post("/api/v1/calls/" + call + "/close")
                .then()
                .statusCode(409);
    }

    @Test
    void answersAreCheckedForEveryQuestionType() {
        UUID cohort = Api.cohort(Hub.active("SG"), 10);
        UUID call = Calls.open(Calls.call(cohort, EVERY_TYPE, null));
        Map<String, Object> wrong = new HashMap<>();
        wrong.put("name", "far too long a name");
        wrong.put("pitch", "x".repeat(21));
        wrong.put("team", 0);
        wrong.put("stage", "Scale");
        wrong.put("markets", List.of("SG", "SG"));
        wrong.put("demo", "ftp://example.org");
        wrong.put("founded", "2025-13-01");
        wrong.put("colour", "blue");
        Calls.apply(TestTokens.manager(), call, Api.startup(), wrong)
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "answers.name",
                                "answers.pitch",
                                "answers.team",
                                "answers.stage",
                                "answers.markets",
                                "answers.demo",
                                "answers.founded",
                                "answers.colour"));
        Calls.apply(TestTokens.manager(), call, Api.startup(), Map.of("team", "twelve"))
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("must be a number"));
        UUID draft = Calls.created(Calls.apply(TestTokens.manager(), call, Api.startup(), Map.of("name", "Acme")));
        Calls.submit(TestTokens.manager(), draft)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("answers.pitch", "answers.team", "answers.stage"));
        Map<String, Object> good = Map.of(
                "name", "Acme",
                "pitch", "Robots for farms",
                "team", 7,
                "stage", "MVP",
                "markets", List.of("SG", "TH"),
                "demo", "https://acme.example/demo",
                "founded", "2021-03-01");
        Api.as(TestTokens.manager())
                .header("If-Match", "\"0\"")
                .body(Calls.json(Map.of("answers", good)))
                .put("/api/v1/applications/" + draft + "/answers")
                .then()
                .statusCode(200);
        Calls.submit(TestTokens.manager(), draft).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        assertEquals(
                "SUBMITTED",
                Api.as(TestTokens.viewer())
                        .get("/api/v1/applications/" + draft)
                        .jsonPath()
                        .getString("status"));
    }
}
