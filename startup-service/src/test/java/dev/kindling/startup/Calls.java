package dev.kindling.startup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kindling.common.testing.TestTokens;
import io.restassured.response.Response;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls and applications for the tests, as a manager unless said otherwise. */
final class Calls {
    static final ObjectMapper JSON = new ObjectMapper();

    private Calls() {}

    static Map<String, Object> question(String key, String type, boolean required, Object... more) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("key", key);
        q.put("label", "Question " + key);
        q.put("type", type);
        q.put("required", required);
        for (int i = 0; i < more.length; i += 2) {
            q.put((String) more[i], more[i + 1]);
        }
        return q;
    }

    static Map<String, Object> criterion(String key, String weight) {
        return Map.of(
                "key",
                key,
                "title",
                "Criterion " + key,
                "weight",
                new java.math.BigDecimal(weight),
                "scaleMin",
                1,
                "scaleMax",
                5);
    }

    /** A call body open from an hour ago for a month, with this form and rules. */
    static Map<String, Object> call(UUID cohortId, List<Map<String, Object>> form, Map<String, Object> eligibility) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return call(cohortId, form, eligibility, now.minusHours(1), now.plusMonths(1));
    }

    static Map<String, Object> call(
            UUID cohortId,
            List<Map<String, Object>> form,
            Map<String, Object> eligibility,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cohortId", cohortId.toString());
        body.put("title", Api.unique("Call"));
        body.put("opensAt", opensAt.toString());
        body.put("closesAt", closesAt.toString());
        body.put("form", form);
        if (eligibility != null) {
            body.put("eligibility", eligibility);
        }
        body.put("rubric", List.of(criterion("team", "2"), criterion("market", "1")));
        body.put("reviewersPerApplication", 2);
        body.put("blind", true);
        return body;
    }

    static Response post(String token, String path, Object body) {
        return Api.as(token).body(json(body)).post(path);
    }

    static UUID created(Response response) {
        response.then().statusCode(201);
        return UUID.fromString(response.jsonPath().getString("id"));
    }

    /** A call drafted and opened. */
    static UUID open(Map<String, Object> call) {
        UUID id = created(post(TestTokens.manager(), "/api/v1/calls", call));
        Api.as(TestTokens.manager())
                .post("/api/v1/calls/" + id + "/open")
                .then()
                .statusCode(200);
        return id;
    }

    static Response apply(String token, UUID callId, UUID startupId, Map<String, Object> answers) {
        return post(
                token,
                "/api/v1/applications",
                Map.of("callId", callId.toString(), "startupId", startupId.toString(), "answers", answers));
    }

    static Response submit(String token, UUID applicationId) {
        return Api.as(token).post("/api/v1/applications/" + applicationId + "/submit");
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
