package dev.kindling.funding;

import static dev.kindling.funding.Api.allocation;
import static dev.kindling.funding.Api.budget;
import static dev.kindling.funding.Api.manager;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AllocationApiTest {

    private static Response post(Map<String, Object> body) {
        return manager().body(body).post("/api/v1/allocations");
    }

    @Test
    void allocatesToEachEligibleKindOfRecipient() {
        UUID b = budget("USD", "1000").create();
        post(allocation(b, null, "HUB", Fixtures.HUB_HK, "100", "USD"))
                .then()
                .statusCode(201)
                .body("recipient.hubCode", equalTo("HK"))
                .body("amount.amount", equalTo("100.00"))
                .body("remaining.amount", equalTo("100.00"))
                .body("status", equalTo("OPEN"));
        post(allocation(b, null, "COHORT", Fixtures.COHORT_SG, "200.5", "USD"))
                .then()
                .statusCode(201)
                .body("recipient.hubCode", equalTo("SG"))
                .body("recipient.hubId", equalTo(Fixtures.HUB_SG.toString()));
        post(allocation(b, null, "STARTUP", Fixtures.STARTUP_OK, "0.01", "USD"))
                .then()
                .statusCode(201)
                .body("recipient.hubCode", equalTo("HK"));
        Api.budgetOf(b).then().body("committed.amount", equalTo("300.51")).body("available.amount", equalTo("699.49"));
        manager()
                .queryParam("limit", 2)
                .get("/api/v1/budgets/" + b + "/recipients")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", org.hamcrest.Matchers.notNullValue());
        manager()
                .get("/api/v1/budgets/" + b + "/recipients")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items.find { it.recipient.type == 'COHORT' }.committed.amount", equalTo("200.50"))
                .body("items.find { it.recipient.type == 'COHORT' }.recipient.hubCode", equalTo("SG"));
        assertTrue(Api.consistent(b));
    }

    @Test
    void ineligibleRecipientsAreSpecificProblemsAndWriteNothing() {
        UUID b = budget("USD", "1000").create();
        post(allocation(b, null, "HUB", Fixtures.HUB_MY, "1", "USD"))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/ineligible-reference"));
        post(allocation(b, null, "COHORT", Fixtures.COHORT_OTHER, "1", "USD"))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/ineligible-reference"));
        post(allocation(b, null, "COHORT", UUID.randomUUID(), "1", "USD"))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/invalid-reference"));
        post(allocation(b, null, "STARTUP", Fixtures.STARTUP_NONE, "1", "USD"))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("recipient.id"));
        post(allocation(UUID.randomUUID(), null, "HUB", Fixtures.HUB_SG, "1", "USD"))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("budgetId"));
        assertNothingAllocated(b);
    }

    @Test
    void badAmountsAndOverspendWriteNothing() {
        UUID b = budget("USD", "100").create();
        post(allocation(b, null, "HUB", Fixtures.HUB_SG, "0", "USD")).then().statusCode(400);
        post(allocation(b, null, "HUB", Fixtures.HUB_SG, "-1.00", "USD")).then().statusCode(400);
        post(allocation(b, null, "HUB", Fixtures.HUB_SG, "1.001", "USD"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("amount.amount"));
        post(allocation(b, null, "HUB", Fixtures.HUB_SG, "1", "EUR"))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/currency-mismatch"));
        post(allocation(b, null, "HUB", Fixtures.HUB_SG, "100.01", "USD"))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/budget-overspent"));
        post(allocation(b, 2024, "HUB", Fixtures.HUB_SG, "1", "USD"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
        assertNothingAllocated(b);
        post(allocation(b, null, "HUB", Fixtures.HUB_SG, "100", "USD")).then().statusCode(201);
        post(allocation(b, null, "HUB", Fixtures.HUB_SG, "0.01", "USD")).then().statusCode(409);
        assertEquals(1, Db.count("select count(*) from allocation where budget_id = ?1", b));
    }

    @Test
    void linesBoundTheirAllocations() {
        UUID b = budget("EUR", null)
                .line(2024, "100", "EUR")
                .line(2025, "100", "EUR")
                .create();
        post(allocation(b, null, "HUB", Fixtures.HUB_SG, "1", "EUR"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
        post(allocation(b, 2026, "HUB", Fixtures.HUB_SG, "1", "EUR"))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("year"));
        post(allocation(b, 2024, "HUB", Fixtures.HUB_SG, "80", "EUR"))
                .then()
                .statusCode(201)
                .body("year", equalTo(2024));
        post(allocation(b, 2024, "HUB", Fixtures.HUB_SG, "30", "EUR"))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/line-overspent"));
        post(allocation(b, 2025, "HUB", Fixtures.HUB_SG, "30", "EUR")).then().statusCode(201);
        Api.budgetOf(b)
                .then()
                .body("committed.amount", equalTo("110.00"))
                .body("lines[0].committed.amount", equalTo("80.00"))
                .body("lines[1].available.amount", equalTo("70.00"));
        assertTrue(Api.consistent(b));
    }

    @Test
    void cancelAndReleaseReturnWhatWasNotPaid() {
        UUID b = budget("USD", "1000").create();
        UUID cancelled = Api.allocated(b, "300", "USD");
        UUID released = Api.allocated(b, "400", "USD");
        Api.action("/api/v1/allocations/" + cancelled + "/cancel", "wrong hub")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("released.amount", equalTo("300.00"))
                .body("closeReason", equalTo("wrong hub"));
        Api.action("/api/v1/allocations/" + cancelled + "/cancel", "again")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/illegal-transition"));
        Api.disburse(released, "150", "USD").then().statusCode(201);
        Api.action("/api/v1/allocations/" + released + "/cancel", "paid already")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/allocation-has-disbursements"));
        Api.action("/api/v1/allocations/" + released + "/release", "program ended")
                .then()
                .statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("released.amount", equalTo("250.00"))
                .body("remaining.amount", equalTo("0.00"));
        Api.budgetOf(b).then().body("committed.amount", equalTo("150.00")).body("disbursed.amount", equalTo("150.00"));
        assertTrue(Api.consistent(b));
    }

    @Test
    void actionsTakeAnOptionalIfMatchAndAKeyBelongsToOneAllocation() {
        UUID b = budget("USD", "1000").create();
        UUID first = Api.allocated(b, "300", "USD");
        UUID second = Api.allocated(b, "200", "USD");
        String read = manager()
                .get("/api/v1/allocations/" + first)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String committed = Api.budgetOf(b).then().extract().path("committed.amount");
        manager()
                .header("If-Match", "\"" + (Long.parseLong(read.replace("\"", "")) + 1) + "\"")
                .body(Map.of("reason", "stale"))
                .post("/api/v1/allocations/" + first + "/cancel")
                .then()
                .statusCode(412)
                .body("type", equalTo("https://kindling.dev/problems/stale-version"));
        Api.budgetOf(b).then().body("committed.amount", equalTo(committed));
        String key = UUID.randomUUID().toString();
        manager()
                .header("If-Match", read)
                .header("Idempotency-Key", key)
                .body(Map.of("reason", "wrong hub"))
                .post("/api/v1/allocations/" + first + "/cancel")
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(equalTo(read)))
                .body("status", equalTo("CANCELLED"));
        manager()
                .header("Idempotency-Key", key)
                .body(Map.of("reason", "wrong hub"))
                .post("/api/v1/allocations/" + second + "/cancel")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/idempotency-key-reused"));
        manager().get("/api/v1/allocations/" + second).then().body("status", equalTo("OPEN"));
        Api.budgetOf(b)
                .then()
                .body(
                        "committed.amount",
                        equalTo(new java.math.BigDecimal(committed)
                                .subtract(new java.math.BigDecimal("300.00"))
                                .toPlainString()));
        assertTrue(Api.consistent(b));
    }

    @Test
    void partnersSeeOnlyAllocationsOfTheirHubs() {
        UUID b = budget("USD", "1000").create();
        UUID sg = Api.allocated(b, "10", "USD");
        String hk = post(allocation(b, null, "HUB", Fixtures.HUB_HK, "10", "USD"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(TestTokens.partner("HK")).get("/api/v1/allocations/" + hk).then().statusCode(200);
        Api.as(TestTokens.partner("HK")).get("/api/v1/allocations/" + sg).then().statusCode(404);
        Api.as(TestTokens.partner("HK"))
                .queryParam("budgetId", b)
                .get("/api/v1/allocations")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(hk));
        Api.as(TestTokens.partner("HK"))
                .body(allocation(b, null, "HUB", Fixtures.HUB_HK, "1", "USD"))
                .post("/api/v1/allocations")
                .then()
                .statusCode(403);
        Api.as(TestTokens.viewer())
                .queryParam("budgetId", b)
                .get("/api/v1/allocations")
                .then()
                .body("items", hasSize(2));
        manager()
                .queryParam("budgetId", b)
                .queryParam("hubId", Fixtures.HUB_HK)
                .get("/api/v1/allocations")
                .then()
                .body("items", hasSize(1));
    }

    private void assertNothingAllocated(UUID budget) {
        assertEquals(0, Db.count("select count(*) from allocation where budget_id = ?1", budget));
        assertEquals(1, Db.count("select count(*) from journal_entry where budget_id = ?1", budget));
        assertEquals(0, Db.count("select count(*) from recipient_balance where budget_id = ?1", budget));
        Api.budgetOf(budget)
                .then()
                .body("committed.amount", equalTo(Api.budgetOf(budget).path("committed.amount")));
        assertEquals(
                0, ((java.math.BigDecimal) Db.single("select committed from budget where id = ?1", budget)).signum());
    }
}
