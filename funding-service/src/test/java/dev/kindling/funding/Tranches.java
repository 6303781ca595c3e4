package dev.kindling.funding;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Tranche calls for the tests, as a manager unless said otherwise. */
final class Tranches {
    private Tranches() {}

    static Map<String, Object> tranche(UUID allocation, String amount, String currency, LocalDate dueOn) {
        return Map.of(
                "allocationId",
                allocation.toString(),
                "amount",
                Api.money(amount, currency),
                "dueOn",
                dueOn.toString(),
                "milestone",
                Map.of("title", "Milestone " + amount, "evidenceRequired", "A report"));
    }

    static Response schedule(UUID allocation, String amount, String currency) {
        return Api.manager()
                .body(tranche(allocation, amount, currency, LocalDate.now().plusMonths(3)))
                .post("/api/v1/tranches");
    }

    static UUID scheduled(UUID allocation, String amount, String currency) {
        return UUID.fromString(schedule(allocation, amount, currency)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    static Response submit(String token, UUID tranche) {
        return Api.as(token)
                .body(Map.of("text", "Done", "links", java.util.List.of("https://example.org/report.pdf")))
                .post("/api/v1/tranches/" + tranche + "/submit");
    }

    /** Submits evidence and approves it: the tranche may be paid. */
    static void approved(UUID tranche) {
        submit(dev.kindling.common.testing.TestTokens.manager(), tranche).then().statusCode(200);
        Api.manager()
                .body(Map.of())
                .post("/api/v1/tranches/" + tranche + "/approve")
                .then()
                .statusCode(200);
    }

    static Map<String, Object> payment(UUID allocation, UUID tranche, String amount, String currency) {
        Map<String, Object> body = new HashMap<>(Api.disbursement(allocation, amount, currency));
        body.put("trancheId", tranche.toString());
        return body;
    }

    static Response pay(UUID allocation, UUID tranche, String amount, String currency) {
        return Api.manager()
                .body(payment(allocation, tranche, amount, currency))
                .post("/api/v1/disbursements");
    }
}
