package dev.kindling.startup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubServiceMock.class)
class ReviewApiTest {

    @Test
    void aReviewerSeesOnlyTheApplicationsAssignedToItAtItsHubs() {
        UUID call = Reviews.call(1, true, 10);
        List<UUID> apps = Reviews.submitted(call, 3);
        String me = Reviews.subject("reviewer");
        Reviews.assign(call, apps.get(0), me).then().statusCode(201);
        String token = Reviews.reviewer(me);
        Api.as(token)
                .queryParam("callId", call.toString())
                .get("/api/v1/applications")
                .then()
                .statusCode(200)
                .body("items.id", contains(apps.get(0).toString()));
        Api.as(token).get("/api/v1/applications/" + apps.get(0)).then().statusCode(200);
        Api.as(token).get("/api/v1/applications/" + apps.get(1)).then().statusCode(404);
        Api.as(TestTokens.reviewer(me, "HK"))
                .get("/api/v1/applications/" + apps.get(0))
                .then()
                .statusCode(404);
        Api.as(token).get("/api/v1/calls/" + call).then().statusCode(200);
        Api.as(token).get("/api/v1/startups").then().statusCode(403);
        Api.as(token).get("/api/v1/calls/" + call + "/ranking").then().statusCode(403);
    }

    @Test
    void inABlindCallAReviewerSeesNoOtherReviewersScoresAndInAnOpenCallOnlySubmittedOnes() {
        for (boolean blind : List.of(true, false)) {
            UUID call = Reviews.call(3, blind, 10);
            UUID app = Reviews.submitted(call, 1).get(0);
            String a = Reviews.subject("a");
            String b = Reviews.subject("b");
            String c = Reviews.subject("c");
            Reviews.auto(call, List.of(a, b, c)).then().statusCode(200).body("assigned", equalTo(3));
            Reviews.submit(Reviews.reviewer(b), Reviews.reviewOf(app, b), 4, 3)
                    .then()
                    .statusCode(200);
            List<String> seen = Api.as(Reviews.reviewer(a))
                    .queryParam("applicationId", app.toString())
                    .get("/api/v1/reviews")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.reviewer");
            assertEquals(
                    blind ? List.of(a) : List.of(a, b), seen.stream().sorted().toList(), "blind=" + blind);
            Api.as(Reviews.reviewer(a))
                    .get("/api/v1/reviews/" + Reviews.reviewOf(app, b))
                    .then()
                    .statusCode(blind ? 404 : 200);
            Api.as(Reviews.reviewer(a))
                    .get("/api/v1/reviews/" + Reviews.reviewOf(app, c))
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    void scoresStayWithinTheRubricASubmittedReviewIsFinalAndAReopenIsKeptInHistory() {
        UUID call = Reviews.call(1, true, 10);
        UUID app = Reviews.submitted(call, 1).get(0);
        String me = Reviews.subject("reviewer");
        UUID review = UUID.fromString(
                Reviews.assign(call, app, me).then().statusCode(201).extract().path("id"));
        String token = Reviews.reviewer(me);
        String etag = Api.as(token).get("/api/v1/reviews/" + review).header("ETag");
        Api.as(token)
                .header("If-Match", etag)
                .body(Calls.json(Map.of("scores", Map.of("team", 6, "vision", 3))))
                .put("/api/v1/reviews/" + review)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("scores.team", "scores.vision"));
        Api.as(token)
                .header("If-Match", etag)
                .body(Calls.json(Map.of("scores", Map.of("team", 4), "comment", "half done")))
                .put("/api/v1/reviews/" + review)
                .then()
                .statusCode(200)
                .body("scores.team", equalTo(4))
                .body("status", equalTo("ASSIGNED"));
        Calls.post(token, "/api/v1/reviews/" + review + "/submit", Map.of("scores", Map.of("team", 4)))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scores.market"));
        Reviews.submit(TestTokens.reviewer(Reviews.subject("other"), "SG"), review, 5, 5)
                .then()
                .statusCode(404);
        Reviews.submit(TestTokens.manager(), review, 5, 5).then().statusCode(403);
        BigDecimal expected =
                new BigDecimal(2 * 4 + 1 * 2).divide(new BigDecimal(3), 6, java.math.RoundingMode.HALF_EVEN);
        Reviews.submit(token, review, 4, 2)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("score", equalTo(expected.floatValue()));
        assertEquals(0, expected.compareTo((BigDecimal) Db.single("select score from review where id = ?1", review)));
        Reviews.submit(token, review, 5, 5).then().statusCode(409);
        Api.as(token)
                .header(
                        "If-Match",
                        Api.as(token).get("/api/v1/reviews/" + review).header("ETag"))
                .body(Calls.json(Map.of("scores", Map.of("team", 1))))
                .put("/api/v1/reviews/" + review)
                .then()
                .statusCode(409);
        Calls.post(token, "/api/v1/reviews/" + review + "/reopen", Map.of("reason", "self"))
                .then()
                .statusCode(403);
        Calls.post(TestTokens.manager(), "/api/v1/reviews/" + review + "/reopen", Map.of("reason", "Scores swapped"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("score", equalTo(null))
                .body("history.action", contains("ASSIGNED", "SUBMITTED", "REOPENED"))
                .body("history[1].scores.team", equalTo(4))
                .body("history[2].reason", equalTo("Scores swapped"));
        Reviews.submit(token, review, 2, 4).then().statusCode(200).body("history", hasSize(4));
    }

    @Test
    void aConflictRemovesTheReviewersAssignmentsAndKeepsItOffLaterOnes() {
        UUID call = Reviews.call(1, true, 10);
        UUID app = Reviews.submitted(call, 1).get(0);
        UUID startup = UUID.fromString(
                Api.as(TestTokens.manager()).get("/api/v1/applications/" + app).path("startupId"));
        String me = Reviews.subject("reviewer");
        UUID review = UUID.fromString(
                Reviews.assign(call, app, me).then().statusCode(201).extract().path("id"));
        Reviews.submit(Reviews.reviewer(me), review, 3, 3).then().statusCode(200);
        Calls.post(
                        Reviews.reviewer(me),
                        "/api/v1/reviewer-conflicts",
                        Map.of("startupId", startup.toString(), "reason", "I advise this startup"))
                .then()
                .statusCode(201)
                .body("reviewer", equalTo(me))
                .body("removedReviews", contains(review.toString()));
        assertEquals("REMOVED", Db.single("select status from review where id = ?1", review));
        Reviews.assign(call, app, me)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/reviewer-conflict"));
        Calls.post(
                        Reviews.reviewer(me),
                        "/api/v1/reviewer-conflicts",
                        Map.of("reviewer", "someone-else", "startupId", startup.toString(), "reason", "x"))
                .then()
                .statusCode(400);
        Calls.post(
                        Reviews.reviewer(me),
                        "/api/v1/reviewer-conflicts",
                        Map.of("startupId", startup.toString(), "reason", "again"))
                .then()
                .statusCode(409)
                .header("Location", containsString("/api/v1/reviewer-conflicts/"));
        // the only other reviewer in the pool is conflicted: the automatic assignment names the application
        long before = Db.count("select count(*) from review where call_id = ?1", call);
        Reviews.auto(call, List.of(me))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/reviewers-short"))
                .body("errors[0].field", equalTo("applications." + app));
        assertEquals(before, Db.count("select count(*) from review where call_id = ?1", call));
    }

    @Test
    void aPartnerConflictKeepsTheReviewerOffWhatThePartnerPutForward() {
        UUID partner = UUID.randomUUID();
        HubStubs.respond(
                "/api/v1/partners/" + partner,
                HubStubs.json("{\"id\":\"" + partner + "\",\"name\":\"Referring incubator\"}"));
        UUID call = Reviews.call(1, true, 10);
        UUID startup = Api.startup(TestTokens.manager(), Api.unique("Referred"), "SG", "AI");
        UUID app = Calls.created(Calls.post(
                TestTokens.manager(),
                "/api/v1/applications",
                Map.of(
                        "callId", call.toString(),
                        "startupId", startup.toString(),
                        "answers", Map.of("pitch", "Referred"),
                        "partnerId", partner.toString())));
        Calls.submit(TestTokens.manager(), app).then().statusCode(200);
        String me = Reviews.subject("vc");
        Calls.post(
                        TestTokens.manager(),
                        "/api/v1/reviewer-conflicts",
                        Map.of("reviewer", me, "partnerId", partner.toString(), "reason", "Works for the partner"))
                .then()
                .statusCode(201);
        Reviews.assign(call, app, me).then().statusCode(409);
        String other = Reviews.subject("other");
        Reviews.auto(call, List.of(me, other))
                .then()
                .statusCode(200)
                .body("assigned", equalTo(1))
                .body("loads." + other, equalTo(1))
                .body("loads." + me, equalTo(0));
        UUID unknown = UUID.randomUUID();
        HubStubs.respond("/api/v1/partners/" + unknown, HubStubs.notFound());
        Calls.post(
                        TestTokens.manager(),
                        "/api/v1/applications",
                        Map.of(
                                "callId", call.toString(),
                                "startupId", Api.startup().toString(),
                                "answers", Map.of("pitch", "x"),
                                "partnerId", unknown.toString()))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("partnerId"));
    }

    @Test
    void twoManagersAssigningAtOnceMakeOneAssignmentSet() throws Exception {
        UUID call = Reviews.call(2, true, 50);
        List<UUID> apps = Reviews.submitted(call, 12);
        List<String> pool =
                List.of(Reviews.subject("p1"), Reviews.subject("p2"), Reviews.subject("p3"), Reviews.subject("p4"));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Reviews.auto(call, pool).then().statusCode(200).extract().path("assigned");
            }));
        }
        start.countDown();
        int total = 0;
        for (CompletableFuture<Integer> run : runs) {
            total += run.get();
        }
        assertEquals(apps.size() * 2, total, "one run assigned everything, the other nothing");
        for (UUID app : apps) {
            assertEquals(2, Db.count("select count(distinct reviewer) from review where application_id = ?1", app));
        }
        List<Object> loads =
                Db.list("select count(*) from review where call_id = ?1 group by reviewer order by 1", call);
        long low = ((Number) loads.get(0)).longValue();
        long high = ((Number) loads.get(loads.size() - 1)).longValue();
        assertTrue(high - low <= 1, "loads " + loads);
    }

    @Test
    void aReviewerAManagerRemovedIsNotAssignedAgainAutomaticallyButCanBeByHand() {
        UUID call = Reviews.call(1, true, 10);
        UUID app = Reviews.submitted(call, 1).get(0);
        List<String> pool = List.of(Reviews.subject("x"), Reviews.subject("y"));
        Reviews.auto(call, pool).then().statusCode(200).body("assigned", equalTo(1));
        String first = Api.as(TestTokens.manager())
                .queryParam("applicationId", app.toString())
                .get("/api/v1/reviews")
                .path("items[0].reviewer");
        UUID removed = Reviews.reviewOf(app, first);
        Api.as(TestTokens.manager()).delete("/api/v1/reviews/" + removed).then().statusCode(204);
        Api.as(TestTokens.manager()).delete("/api/v1/reviews/" + removed).then().statusCode(409);
        Reviews.auto(call, pool).then().statusCode(200).body("assigned", equalTo(1));
        String second = pool.get(0).equals(first) ? pool.get(1) : pool.get(0);
        Api.as(TestTokens.manager())
                .delete("/api/v1/reviews/" + Reviews.reviewOf(app, second))
                .then()
                .statusCode(204);
        Reviews.auto(call, pool)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/reviewers-short"));
        Reviews.assign(call, app, first)
                .then()
                .statusCode(201)
                .body("id", equalTo(removed.toString()))
                .body("status", equalTo("ASSIGNED"))
                .body("history.action", contains("ASSIGNED", "REMOVED", "ASSIGNED"));
    }
}
