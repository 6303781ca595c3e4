package dev.kindling.funding;

import static io.restassured.RestAssured.given;

import dev.kindling.common.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small builders and calls for the funding API, as a manager unless said otherwise. */
final class Api {
    private Api() {}

    static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static RequestSpecification manager() {
        return as(TestTokens.manager());
    }

    /** A budget request; change it with the fluent setters, then {@link #create()} it. */
    static BudgetBody budget(String currency, String total) {
        return new BudgetBody(currency, total);
    }

    static final class BudgetBody {
        final Map<String, Object> body = new LinkedHashMap<>();
        private final List<Map<String, Object>> lines = new ArrayList<>();

        BudgetBody(String currency, String total) {
            body.put("programId", Fixtures.PROGRAM.toString());
            body.put("name", "Test budget");
            body.put("source", "Huawei");
            body.put("kind", "CASH");
            body.put("startsOn", "2024-01-01");
            if (total != null) {
                body.put("total", money(total, currency));
            }
        }

        BudgetBody set(String field, Object value) {
            body.put(field, value);
            return this;
        }

        BudgetBody line(int year, String total, String currency) {
            lines.add(Map.of("year", year, "total", money(total, currency)));
            body.put("lines", lines);
            return this;
        }

        Response post() {
            return manager().body(body).post("/api/v1/budgets");
        }

        UUID create() {
            return UUID.fromString(post().then().statusCode(201).extract().path("id"));
        }
    }

    static Map<String, Object> allocation(
            UUID budget, Integer year, String type, UUID recipient, String amount, String currency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("budgetId", budget.toString());
        if (year != null) {
            body.put("year", year);
        }
        body.put("recipient", Map.of("type", type, "id", recipient.toString()));
        body.put("amount", money(amount, currency));
        return body;
    }

    static Response allocate(UUID budget, Integer year, String amount, String currency) {
        return manager()
                .body(allocation(budget, year, "HUB", Fixtures.HUB_SG, amount, currency))
                .post("/api/v1/allocations");
    }

    static UUID allocated(UUID budget, String amount, String currency) {
        return UUID.fromString(allocate(budget, null, amount, currency)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    static Map<String, Object> disbursement(UUID allocation, String amount, String currency) {
        return Map.of(
                "allocationId",
                allocation.toString(),
                "amount",
                money(amount, currency),
                "paidOn",
                "2024-05-01",
                "externalReference",
                "PAY-" + UUID.randomUUID());
    }

    static Response disburse(UUID allocation, String amount, String currency) {
        return manager().body(disbursement(allocation, amount, currency)).post("/api/v1/disbursements");
    }

    static Response action(String path, String reason) {
        return manager().body(Map.of("reason", reason)).post(path);
    }

    static Response budgetOf(UUID id) {
        return manager().get("/api/v1/budgets/" + id);
    }

    static boolean consistent(UUID budget) {
        return manager()
                .get("/api/v1/budgets/" + budget + "/reconciliation")
                .then()
                .statusCode(200)
                .extract()
                .path("consistent");
    }
}
