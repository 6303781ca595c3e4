package dev.kindling.startup;

import dev.kindling.common.testing.TestTokens;
import dev.kindling.startup.HubStubs.Hub;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls with submitted applications, assignments and reviews for the review tests. */
final class Reviews {
    static final List<Map<String, Object>> FORM = List.of(Calls.question("pitch", "LONG_TEXT", true));

    private Reviews() {}

    /** An open call at a new SG cohort of this capacity: rubric team (weight 2) and market (1), both 1–5. */
    static UUID call(int reviewersPerApplication, boolean blind, int capacity) {
        UUID cohort = Api.cohort(Hub.active("SG"), capacity);
        Map<String, Object> body = new java.util.LinkedHashMap<>(Calls.call(cohort, FORM, null));
        body.put("reviewersPerApplication", reviewersPerApplication);
        body.put("blind", blind);
        return Calls.open(body);
    }

    /** Applications by new startups, submitted. */
    static List<UUID> submitted(UUID call, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID startup = Api.startup(TestTokens.manager(), Api.unique("Applicant"), "SG", "AI");
            UUID application =
                    Calls.created(Calls.apply(TestTokens.manager(), call, startup, Map.of("pitch", "We build " + i)));
            Calls.submit(TestTokens.manager(), application).then().statusCode(200);
            ids.add(application);
        }
        return ids;
    }

    static Response assign(UUID call, UUID application, String reviewer) {
        return Calls.post(
                TestTokens.manager(),
                "/api/v1/calls/" + call + "/assignments",
                Map.of("applicationId", application.toString(), "reviewer", reviewer));
    }

    static Response auto(UUID call, List<String> reviewers) {
        return Calls.post(
                TestTokens.manager(), "/api/v1/calls/" + call + "/assignments/auto", Map.of("reviewers", reviewers));
    }

    static Response submit(String reviewerToken, UUID review, int team, int market) {
        return Calls.post(
                reviewerToken,
                "/api/v1/reviews/" + review + "/submit",
                Map.of("scores", Map.of("team", team, "market", market), "comment", "Seen"));
    }

    /** The id of the reviewer's review of the application. */
    static UUID reviewOf(UUID application, String reviewer) {
        return UUID.fromString(Api.as(TestTokens.manager())
                .queryParam("applicationId", application.toString())
                .queryParam("reviewer", reviewer)
                .get("/api/v1/reviews")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items[0].id"));
    }

    static String reviewer(String subject) {
        return TestTokens.reviewer(subject, "SG");
    }

    static String subject(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
