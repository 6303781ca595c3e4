package dev.kindling.funding;

import static io.restassured.RestAssured.given;

import dev.kindling.common.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Calls of the approval API as named people, for the approval tests. */
final class Approvals {
    private Approvals() {}

    /** A token of one person (subject) with one role: approvals count people, not tokens. */
    static String person(String subject, String role) {
        return TestTokens.token(subject, Set.of(role), List.of());
    }

    static Response policy(UUID budget, Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/budgets/" + budget + "/approval-policy");
    }

    static Map<String, Object> threshold(String kind, String over, String currency, int approvals) {
        return Map.of("kind", kind, "over", Api.money(over, currency), "approvals", approvals);
    }

    static Response allocate(String token, UUID budget, String amount) {
        return Api.as(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Api.allocation(budget, null, "HUB", Fixtures.HUB_SG, amount, "USD"))
                .post("/api/v1/allocations");
    }

    static Response disburse(String token, UUID allocation, String amount) {
        return Api.as(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Api.disbursement(allocation, amount, "USD"))
                .post("/api/v1/disbursements");
    }

    static Response decide(String token, UUID request, String action, String reason) {
        return Api.as(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(reason == null ? Map.of() : Map.of("reason", reason))
                .post("/api/v1/approval-requests/" + request + "/" + action);
    }

    static Response request(String token, UUID request) {
        return Api.as(token).get("/api/v1/approval-requests/" + request);
    }

    static UUID held(Response response) {
        return UUID.fromString(response.then().statusCode(202).extract().path("id"));
    }

    static BigDecimal committed(UUID budget) {
        return new BigDecimal(
                Api.budgetOf(budget).then().statusCode(200).extract().<String>path("committed.amount"));
    }

    static BigDecimal disbursed(UUID allocation) {
        return new BigDecimal(Api.manager()
                .get("/api/v1/allocations/" + allocation)
                .then()
                .statusCode(200)
                .extract()
                .<String>path("disbursed.amount"));
    }
}
