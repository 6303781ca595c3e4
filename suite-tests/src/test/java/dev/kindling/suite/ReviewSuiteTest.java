package dev.kindling.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.suite.Gateway.Answer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demo call's review through the gateway, with the real services behind it: a demo reviewer's view,
 * the ranking as JSON and CSV, an assignment's Location on the gateway, and the scoreboard's funnel read
 * from startup-service's counters.
 */
class ReviewSuiteTest extends AgainstTheSuite {
    private static final String MANAGER = TestTokens.manager();
    private static final String CALL = "00000000-0000-7000-8000-00000000e001";
    private static final String SPARK = "00000000-0000-7000-8000-000000000201";

    @Test
    void aDemoReviewerSeesOnlyItsAssignedApplications() {
        String reviewer = TestTokens.reviewer("reviewer-1", "SG");
        Set<String> assigned = new HashSet<>();
        for (JsonNode r : gateway.get(MANAGER, "/api/v1/reviews?callId=" + CALL + "&reviewer=reviewer-1&limit=100")
                .body()
                .path("items")) {
            if (!"REMOVED".equals(r.path("status").asText())) {
                assigned.add(r.path("applicationId").asText());
            }
        }
        assertTrue(assigned.size() >= 10, "the demo gives reviewer-1 its share: " + assigned);
        Set<String> seen = new HashSet<>();
        gateway.get(reviewer, "/api/v1/applications?callId=" + CALL + "&limit=100")
                .body()
                .path("items")
                .forEach(a -> seen.add(a.path("id").asText()));
        assertEquals(assigned, seen);
        String other = null;
        for (JsonNode a : gateway.get(MANAGER, "/api/v1/applications?callId=" + CALL + "&status=SUBMITTED&limit=100")
                .body()
                .path("items")) {
            if (!assigned.contains(a.path("id").asText())) {
                other = a.path("id").asText();
            }
        }
        assertEquals(404, gateway.get(reviewer, "/api/v1/applications/" + other).status());
        // the demo call is blind: only its own reviews
        for (JsonNode r : gateway.get(reviewer, "/api/v1/reviews?callId=" + CALL + "&limit=100")
                .body()
                .path("items")) {
            assertEquals("reviewer-1", r.path("reviewer").asText());
        }
    }

    @Test
    void theRankingAndAnAssignmentComeThroughTheGateway() {
        JsonNode ranking =
                gateway.get(MANAGER, "/api/v1/calls/" + CALL + "/ranking").body();
        int submitted = gateway.get(MANAGER, "/api/v1/applications?callId=" + CALL + "&status=SUBMITTED&limit=100")
                .body()
                .path("items")
                .size();
        assertEquals(submitted, ranking.path("applications").size());
        assertEquals(1, ranking.at("/applications/0/rank").asInt());
        Answer csv = gateway.get(MANAGER, "/api/v1/calls/" + CALL + "/ranking", "Accept", "text/csv");
        assertEquals(200, csv.status());
        assertEquals(submitted + 1, csv.raw().body().split("\r\n").length);
        String app = ranking.at("/applications/0/applicationId").asText();
        Answer assigned = gateway.post(
                MANAGER,
                "/api/v1/calls/" + CALL + "/assignments",
                "{\"applicationId\":\"" + app + "\",\"reviewer\":\"suite-reviewer-" + System.nanoTime() + "\"}");
        assertEquals(201, assigned.status(), assigned.body().toString());
        assertEquals(
                suite.gateway()
                        .resolve("/api/v1/reviews/" + assigned.text("id"))
                        .toString(),
                assigned.raw().headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theScoreboardShowsTheFunnelPerHubFromTheCounters() {
        JsonNode stats =
                gateway.get(MANAGER, "/api/v1/startup-stats?programId=" + SPARK).body();
        JsonNode board = gateway.get(MANAGER, "/api/v1/programs/" + SPARK + "/scoreboard")
                .body();
        long applied = 0;
        for (JsonNode group : stats.path("groups")) {
            applied += group.at("/funnel/applied").asLong();
        }
        assertEquals(applied, board.at("/startups/funnel/applied").asLong());
        for (JsonNode hub : board.at("/startups/hubs")) {
            long hubApplied = 0;
            for (JsonNode group : stats.path("groups")) {
                if (group.path("hubId").asText().equals(hub.path("hubId").asText())) {
                    hubApplied += group.at("/funnel/applied").asLong();
                }
            }
            assertEquals(hubApplied, hub.at("/funnel/applied").asLong(), hub.toString());
            assertTrue(hub.at("/funnel/applied").asLong()
                    >= hub.at("/funnel/screened").asLong());
        }
    }
}
