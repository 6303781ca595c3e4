package dev.kindling.funding;

import static dev.kindling.funding.Api.budget;
import static dev.kindling.funding.Api.manager;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DisbursementApiTest {

    @Test
    void paysOutPartOfAnAllocationAndNeverMore() {
        UUID b = budget("USD", "1000").create();
        UUID a = Api.allocated(b, "500", "USD");
        Api.disburse(a, "200", "USD")
                .then()
                .statusCode(201)
                .body("amount.amount", equalTo("200.00"))
                .body("paidOn", equalTo("2024-05-01"))
                .body("budgetId", equalTo(b.toString()));
        Api.disburse(a, "300.01", "USD")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/allocation-overdrawn"));
        Api.disburse(a, "0", "USD")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("amount.amount"))
                .body("errors[0].message", equalTo("must be greater than zero"));
        Api.disburse(a, "1.234", "USD").then().statusCode(400).body("errors[0].field", equalTo("amount.amount"));
        Api.disburse(a, "1", "EUR")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/currency-mismatch"))
                .body("errors[0].field", equalTo("amount.currency"));
        Api.disburse(UUID.randomUUID(), "1", "USD")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("allocationId"));
        assertEquals(1, Db.count("select count(*) from disbursement where allocation_id = ?1", a));
        Api.disburse(a, "300", "USD").then().statusCode(201).body("amount.amount", equalTo("300.00"));
        manager()
                .get("/api/v1/allocations/" + a)
                .then()
                .body("disbursed.amount", equalTo("500.00"))
                .body("remaining.amount", equalTo("0.00"));
        manager()
                .queryParam("allocationId", a)
                .get("/api/v1/disbursements")
                .then()
                .body("items", hasSize(2));
        Api.budgetOf(b).then().body("disbursed.amount", equalTo("500.00"));
        assertTrue(Api.consistent(b));
    }

    @Test
    void closedAllocationsPayNothing() {
        UUID b = budget("USD", "1000").create();
        UUID a = Api.allocated(b, "500", "USD");
        Api.action("/api/v1/allocations/" + a + "/release", "done")
                .then()
                .statusCode(200)
                .body("status", equalTo("RELEASED"));
        Api.disburse(a, "1", "USD")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/illegal-transition"));
    }

    @Test
    void aReversalCorrectsOnceAndNeverUpdates() {
        UUID b = budget("USD", "1000").create();
        UUID a = Api.allocated(b, "500", "USD");
        String d = Api.disburse(a, "200", "USD")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .extract()
                .path("id");
        Api.action("/api/v1/disbursements/" + d + "/reverse", "wrong account")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("reversal.reason", equalTo("wrong account"))
                .body("amount.amount", equalTo("200.00"));
        manager()
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "stale"))
                .post("/api/v1/disbursements/" + d + "/reverse")
                .then()
                .statusCode(412)
                .body("type", equalTo("https://kindling.dev/problems/stale-version"));
        Api.action("/api/v1/disbursements/" + d + "/reverse", "again")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/disbursement-already-reversed"));
        manager().get("/api/v1/disbursements/" + d).then().body("reversal", notNullValue());
        manager()
                .get("/api/v1/allocations/" + a)
                .then()
                .body("disbursed.amount", equalTo("0.00"))
                .body("remaining.amount", equalTo("500.00"));
        assertEquals(
                1,
                Db.count(
                        "select count(*) from journal_entry where disbursement_id = ?1 and entry_type = 'DISBURSEMENT_REVERSED'",
                        UUID.fromString(d)));
        assertTrue(Api.consistent(b));
    }

    @Test
    void reversingAfterReleaseGivesTheMoneyBackToTheBudget() {
        UUID b = budget("USD", "1000").create();
        UUID a = Api.allocated(b, "500", "USD");
        String d = Api.disburse(a, "200", "USD").then().extract().path("id");
        Api.action("/api/v1/allocations/" + a + "/release", "done")
                .then()
                .statusCode(200)
                .body("released.amount", equalTo("300.00"));
        Api.budgetOf(b).then().body("committed.amount", equalTo("200.00"));
        Api.action("/api/v1/disbursements/" + d + "/reverse", "bounced")
                .then()
                .statusCode(200)
                .body("reversal.reason", equalTo("bounced"));
        Api.budgetOf(b).then().body("committed.amount", equalTo("0.00")).body("disbursed.amount", equalTo("0.00"));
        manager().get("/api/v1/allocations/" + a).then().body("released.amount", equalTo("500.00"));
        assertTrue(Api.consistent(b));
    }

    @Test
    void reconciliationFindsBalancesThatDisagreeWithTheJournal() {
        UUID b = budget("USD", "1000").create();
        UUID a = Api.allocated(b, "500", "USD");
        Api.disburse(a, "100", "USD").then().statusCode(201).body("amount.amount", equalTo("100.00"));
        manager()
                .get("/api/v1/budgets/" + b + "/reconciliation")
                .then()
                .statusCode(200)
                .body("consistent", equalTo(true))
                .body("checks", hasSize(1))
                .body("recipientsChecked", equalTo(1))
                .body("allocationsChecked", equalTo(1));
        Db.execute("update allocation set disbursed = 90 where id = ?1", a);
        Db.execute("update budget set committed = 501 where id = ?1", b);
        manager()
                .get("/api/v1/budgets/" + b + "/reconciliation")
                .then()
                .statusCode(200)
                .body("consistent", equalTo(false))
                .body("checks.find { it.scope == 'budget' }.consistent", equalTo(false))
                .body("checks.find { it.scope == 'budget' }.stored.committed.amount", equalTo("501.00"))
                .body("checks.find { it.scope == 'budget' }.recomputed.committed.amount", equalTo("500.00"))
                .body(
                        "checks.find { it.scope == 'allocation:" + a + "' }.recomputed.disbursed.amount",
                        equalTo("100.00"));
    }

    @Test
    void theJournalRefusesUpdatesAndDeletes() {
        UUID b = budget("USD", "1000").create();
        org.junit.jupiter.api.Assertions.assertThrows(
                RuntimeException.class,
                () -> Db.count(
                        "with d as (delete from journal_entry where budget_id = ?1 returning 1) select count(*) from d",
                        b));
        org.junit.jupiter.api.Assertions.assertThrows(
                RuntimeException.class,
                () -> Db.count(
                        "with u as (update journal_entry set amount = 1 where budget_id = ?1 returning 1) select count(*) from u",
                        b));
        assertEquals(1, Db.count("select count(*) from journal_entry where budget_id = ?1", b));
    }

    @Test
    void partnersSeeDisbursementsOfTheirHubsOnly() {
        UUID b = budget("USD", "1000").create();
        UUID a = Api.allocated(b, "500", "USD");
        String d = Api.disburse(a, "1", "USD").then().extract().path("id");
        Api.as(TestTokens.partner("SG"))
                .get("/api/v1/disbursements/" + d)
                .then()
                .statusCode(200)
                .body("id", equalTo(d))
                .body("allocationId", equalTo(a.toString()));
        Api.as(TestTokens.partner("HK"))
                .get("/api/v1/disbursements/" + d)
                .then()
                .statusCode(404)
                .body("type", equalTo("https://kindling.dev/problems/not-found"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("SG")));
        Api.as(TestTokens.partner("HK"))
                .queryParam("allocationId", a)
                .get("/api/v1/disbursements")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://kindling.dev/problems/not-found"));
        manager().get("/api/v1/disbursements").then().statusCode(400).body("errors[0].field", equalTo("allocationId"));
    }
}
