package dev.kindling.funding;

import static dev.kindling.funding.Api.budget;
import static dev.kindling.funding.Api.manager;
import static dev.kindling.funding.Api.money;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BudgetApiTest {

    @Test
    void createsABudgetAtTheCurrencysPrecision() {
        var response = budget("USD", "100000000").set("name", "Spark").post();
        response.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/budgets/"))
                .header("ETag", equalTo("\"0\""))
                .body("total.amount", equalTo("100000000.00"))
                .body("total.currency", equalTo("USD"))
                .body("committed.amount", equalTo("0.00"))
                .body("available.amount", equalTo("100000000.00"))
                .body("kind", equalTo("CASH"));
        String id = response.path("id");
        manager().get("/api/v1/budgets/" + id).then().statusCode(200).body("name", equalTo("Spark"));
        assertEquals(
                1,
                Db.count(
                        "select count(*) from journal_entry where budget_id = ?1 and entry_type = 'BUDGET_OPENED'",
                        UUID.fromString(id)));
        assertEquals(1, Db.count("select count(*) from outbox where aggregate_id = ?1", UUID.fromString(id)));
    }

    @Test
    void yearlyLinesMakeTheTotal() {
        budget("EUR", null)
                .line(2024, "2000000", "EUR")
                .line(2025, "2000000.00", "EUR")
                .post()
                .then()
                .statusCode(201)
                .body("total.amount", equalTo("4000000.00"))
                .body("lines", hasSize(2))
                .body("lines[1].year", equalTo(2025))
                .body("lines[1].available.amount", equalTo("2000000.00"));
        budget("JPY", "1000").post().then().statusCode(201).body("total.amount", equalTo("1000"));
    }

    @Test
    void badAmountsAreSpecificProblemsAndWriteNothing() {
        long before = Db.count("select count(*) from budget");
        budget("USD", "10.001").post().then().statusCode(400).body("errors[0].field", equalTo("total.amount"));
        budget("JPY", "10.5").post().then().statusCode(400).body("errors[0].field", equalTo("total.amount"));
        budget("USD", "0")
                .post()
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("must be greater than zero"));
        budget("USD", "-5").post().then().statusCode(400).body("errors[0].field", equalTo("total.amount"));
        budget("USD", "1e5").post().then().statusCode(400).body("errors[0].field", equalTo("total.amount"));
        budget("XYZ", "5").post().then().statusCode(400).body("errors[0].field", equalTo("total.currency"));
        budget("USD", null).post().then().statusCode(400).body("errors[0].field", equalTo("total"));
        budget("EUR", null)
                .line(2024, "1", "EUR")
                .line(2025, "1", "USD")
                .post()
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("lines[1].total.currency"));
        budget("EUR", null)
                .line(2024, "1", "EUR")
                .line(2024, "1", "EUR")
                .post()
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("lines[1].year"));
        budget("EUR", "3")
                .line(2024, "1", "EUR")
                .post()
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("total"));
        budget("EUR", null)
                .line(2019, "1", "EUR")
                .post()
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("lines[0].year"));
        budget("USD", "5")
                .set("endsOn", "2023-01-01")
                .post()
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endsOn"));
        assertEquals(before, Db.count("select count(*) from budget"));
    }

    @Test
    void unknownProgramIs422() {
        budget("USD", "5")
                .set("programId", Fixtures.UNKNOWN_PROGRAM.toString())
                .post()
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/invalid-reference"))
                .body("errors[0].field", equalTo("programId"));
    }

    @Test
    void onlyManagersWriteAndPartnersDoNotReadBudgets() {
        Api.as(TestTokens.viewer())
                .body(budget("USD", "5").body)
                .post("/api/v1/budgets")
                .then()
                .statusCode(403);
        UUID id = budget("USD", "5").create();
        Api.as(TestTokens.viewer()).get("/api/v1/budgets/" + id).then().statusCode(200);
        Api.as(TestTokens.partner("SG")).get("/api/v1/budgets/" + id).then().statusCode(403);
        manager().get("/api/v1/budgets/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void listsFilterAndPage() {
        UUID program = Fixtures.OTHER_PROGRAM;
        for (int i = 0; i < 3; i++) {
            budget("USD", "5")
                    .set("programId", program.toString())
                    .set("kind", "IN_KIND")
                    .create();
        }
        var first = manager()
                .queryParam("programId", program)
                .queryParam("kind", "IN_KIND")
                .queryParam("limit", 2)
                .get("/api/v1/budgets");
        first.then().statusCode(200).body("items", hasSize(2));
        manager()
                .queryParam("programId", program)
                .queryParam("limit", 2)
                .queryParam("cursor", (String) first.path("nextCursor"))
                .get("/api/v1/budgets")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", equalTo(null));
    }

    @Test
    void amendmentsKeepHistoryAndNeverGoBelowCommitted() {
        UUID id = budget("USD", "1000").create();
        String path = "/api/v1/budgets/" + id + "/amendments";
        Api.allocate(id, null, "600", "USD").then().statusCode(201);
        Map<String, Object> lower = Map.of("newTotal", money("500", "USD"), "reason", "cut");
        manager().body(lower).post(path).then().statusCode(428);
        manager()
                .header("If-Match", "\"0\"")
                .body(lower)
                .post(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/total-below-committed"));
        manager()
                .header("If-Match", "\"0\"")
                .body(Map.of("newTotal", money("1500", "EUR"), "reason", "x"))
                .post(path)
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/currency-mismatch"));
        manager()
                .header("If-Match", "\"0\"")
                .body(Map.of("newTotal", money("600", "USD"), "reason", "to committed"))
                .post(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("total.amount", equalTo("600.00"))
                .body("available.amount", equalTo("0.00"));
        manager()
                .header("If-Match", "\"0\"")
                .body(Map.of("newTotal", money("900", "USD"), "reason", "stale"))
                .post(path)
                .then()
                .statusCode(412);
        manager()
                .get(path)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].oldTotal.amount", equalTo("1000.00"))
                .body("items[0].newTotal.amount", equalTo("600.00"))
                .body("items[0].reason", equalTo("to committed"));
        manager()
                .get("/api/v1/budgets/" + id + "/journal")
                .then()
                .statusCode(200)
                .body("items.type", equalTo(java.util.List.of("BUDGET_OPENED", "COMMITTED", "TOTAL_DECREASED")));
        assertTrue(Api.consistent(id));
    }

    @Test
    void amendingALineChangesTheBudgetAndANewYearAddsALine() {
        UUID id = budget("EUR", null).line(2024, "2000000", "EUR").create();
        String path = "/api/v1/budgets/" + id + "/amendments";
        manager()
                .header("If-Match", "\"0\"")
                .body(Map.of("newTotal", money("1000", "EUR"), "reason", "no year"))
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
        manager()
                .header("If-Match", "\"0\"")
                .body(Map.of("newTotal", money("2000000", "EUR"), "year", 2025, "reason", "2025 line"))
                .post(path)
                .then()
                .statusCode(200)
                .body("total.amount", equalTo("4000000.00"))
                .body("lines", hasSize(2));
        manager()
                .header("If-Match", "\"1\"")
                .body(Map.of("newTotal", money("1500000", "EUR"), "year", 2024, "reason", "cut"))
                .post(path)
                .then()
                .statusCode(200)
                .body("total.amount", equalTo("3500000.00"))
                .body("lines[0].total.amount", equalTo("1500000.00"));
        assertTrue(Api.consistent(id));
    }
}
