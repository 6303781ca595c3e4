package dev.kindling.funding;

import static dev.kindling.funding.Api.budget;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrancheApiTest {

    private static BigDecimal figure(String sql, UUID id) {
        return (BigDecimal) Db.single(sql, id);
    }

    @Test
    void theScheduleNeverExceedsTheAllocation() {
        UUID a = Api.allocated(budget("USD", "5000").create(), "1000", "USD");
        Tranches.scheduled(a, "600", "USD");
        BigDecimal before = figure("select scheduled from allocation where id = ?1", a);
        Tranches.schedule(a, "400.01", "USD")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/schedule-exceeds-allocation"))
                .body("detail", org.hamcrest.Matchers.containsString("USD 400"));
        assertEquals(0, before.compareTo(figure("select scheduled from allocation where id = ?1", a)));
        assertEquals(1, Db.count("select count(*) from tranche where allocation_id = ?1", a));
        Tranches.scheduled(a, "400", "USD");
        Api.manager()
                .get("/api/v1/allocations/" + a)
                .then()
                .body("scheduled.amount", equalTo("1000.00"))
                .body("remaining.amount", equalTo("1000.00"));
        // the database refuses a schedule over the allocation even when the service is bypassed
        assertThrows(
                RuntimeException.class,
                () -> Db.execute("update allocation set scheduled = amount + 1 where id = ?1", a));
        Tranches.schedule(a, "1", "EUR").then().statusCode(422).body("errors[0].field", equalTo("amount.currency"));
    }

    @Test
    void anAllocationWithAScheduleIsPaidOnlyThroughItsApprovedTranches() {
        UUID b = budget("USD", "5000").create();
        UUID a = Api.allocated(b, "1000", "USD");
        UUID t = Tranches.scheduled(a, "300", "USD");
        Api.disburse(a, "10", "USD")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/tranche-required"));
        Tranches.pay(a, t, "10", "USD")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/tranche-not-approved"));
        Tranches.approved(t);
        Tranches.pay(a, t, "300.01", "USD")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/tranche-overdrawn"));
        String paid = Tranches.pay(a, t, "200", "USD")
                .then()
                .statusCode(201)
                .body("trancheId", equalTo(t.toString()))
                .extract()
                .path("id");
        Api.manager()
                .get("/api/v1/tranches/" + t)
                .then()
                .body("disbursed.amount", equalTo("200.00"))
                .body("remaining.amount", equalTo("100.00"));
        Api.action("/api/v1/disbursements/" + paid + "/reverse", "Wrong account")
                .then()
                .statusCode(200);
        assertEquals(0, figure("select disbursed from tranche where id = ?1", t).signum());
        assertTrue(Api.consistent(b));
        // a tranche figure that strays from its payments is caught by the reconciliation
        Db.execute("update tranche set disbursed = 1 where id = ?1", t);
        Api.manager()
                .get("/api/v1/budgets/" + b + "/reconciliation")
                .then()
                .body("consistent", equalTo(false))
                .body("checks.scope", hasItem("tranche:" + t));
        Db.execute("update tranche set disbursed = 0 where id = ?1", t);
        UUID other = Api.allocated(b, "100", "USD");
        Tranches.pay(other, t, "10", "USD").then().statusCode(422).body("errors[0].field", equalTo("trancheId"));
    }

    @Test
    void aTranchePaymentHeldForApprovalPaysTheTrancheWhenTheLastApprovalLands() {
        UUID b = budget("USD", "5000").create();
        Approvals.policy(
                        b,
                        Map.of(
                                "approverRoles",
                                List.of("manager"),
                                "thresholds",
                                List.of(Approvals.threshold("DISBURSEMENT", "100.00", "USD", 2))))
                .then()
                .statusCode(200);
        UUID a = Api.allocated(b, "1000", "USD");
        UUID t = Tranches.scheduled(a, "400", "USD");
        Tranches.approved(t);
        UUID request = Approvals.held(Api.as(Approvals.person("requester", "manager"))
                .body(Tranches.payment(a, t, "300", "USD"))
                .post("/api/v1/disbursements"));
        Approvals.request(TestTokens.manager(), request).then().body("trancheId", equalTo(t.toString()));
        BigDecimal before = figure("select disbursed from tranche where id = ?1", t);
        Approvals.decide(Approvals.person("first", "manager"), request, "approve", null)
                .then()
                .statusCode(200);
        assertEquals(
                0, before.compareTo(figure("select disbursed from tranche where id = ?1", t)), "one is not enough");
        Approvals.decide(Approvals.person("second", "manager"), request, "approve", null)
                .then()
                .statusCode(200)
                .body("status", equalTo("EXECUTED"));
        assertEquals(
                0,
                before.add(new BigDecimal("300")).compareTo(figure("select disbursed from tranche where id = ?1", t)));
        assertTrue(Api.consistent(b));
    }

    @Test
    void aScheduleStartsBeforeTheFirstPayment() {
        UUID a = Api.allocated(budget("USD", "5000").create(), "1000", "USD");
        Api.disburse(a, "10", "USD").then().statusCode(201);
        Tranches.schedule(a, "100", "USD")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/schedule-after-payment"));
        assertEquals(
                0, figure("select scheduled from allocation where id = ?1", a).signum());
    }

    @Test
    void theMilestoneMovesOnlyAsItsStatusAllowsAndByWhomItMay() {
        UUID a = Api.allocated(budget("USD", "5000").create(), "1000", "USD"); // to HUB_SG
        UUID t = Tranches.scheduled(a, "300", "USD");
        String path = "/api/v1/tranches/" + t;
        Api.manager().body(Map.of()).post(path + "/approve").then().statusCode(409);
        Tranches.submit(TestTokens.partner("HK"), t).then().statusCode(404);
        Api.as(TestTokens.partner("HK")).get(path).then().statusCode(404);
        Tranches.submit(TestTokens.partner("SG"), t)
                .then()
                .statusCode(200)
                .body("milestone.status", equalTo("SUBMITTED"))
                .body("milestone.evidence.links", contains("https://example.org/report.pdf"));
        Api.as(TestTokens.partner("SG"))
                .body(Map.of())
                .post(path + "/approve")
                .then()
                .statusCode(403);
        Api.manager().body(Map.of()).post(path + "/reject").then().statusCode(400);
        Api.action(path + "/reject", "Only one pilot is signed")
                .then()
                .statusCode(200)
                .body("milestone.status", equalTo("REJECTED"))
                .body("milestone.decisionReason", equalTo("Only one pilot is signed"));
        Tranches.submit(TestTokens.partner("SG"), t).then().statusCode(200);
        Api.manager()
                .body(Map.of("reason", "Both pilots signed"))
                .post(path + "/approve")
                .then()
                .statusCode(200)
                .body("milestone.status", equalTo("APPROVED"))
                .body("milestone.history.status", contains("SUBMITTED", "REJECTED", "SUBMITTED", "APPROVED"));
        Tranches.submit(TestTokens.manager(), t).then().statusCode(409);
        Api.action(path + "/reject", "Too late").then().statusCode(409);
        Api.manager().delete(path).then().statusCode(409);
        Api.manager()
                .body(Map.of("text", "x", "links", List.of("javascript:alert(1)")))
                .post(path + "/submit")
                .then()
                .statusCode(400);
        assertThrows(RuntimeException.class, () -> Db.execute("delete from milestone_event where tranche_id = ?1", t));
    }

    @Test
    void overdueMilestonesAreListedUntilApproved() {
        UUID a = Api.allocated(budget("USD", "5000").create(), "1000", "USD");
        UUID late = UUID.fromString(Api.manager()
                .body(Tranches.tranche(a, "100", "USD", LocalDate.now().minusDays(1)))
                .post("/api/v1/tranches")
                .then()
                .statusCode(201)
                .body("overdue", equalTo(true))
                .extract()
                .path("id"));
        UUID onTime = Tranches.scheduled(a, "100", "USD");
        Api.manager()
                .queryParam("overdue", "true")
                .queryParam("allocationId", a.toString())
                .get("/api/v1/tranches")
                .then()
                .statusCode(200)
                .body("items.id", contains(late.toString()));
        Tranches.approved(late);
        Api.manager()
                .queryParam("overdue", "true")
                .queryParam("limit", 200)
                .get("/api/v1/tranches")
                .then()
                .body("items.id", not(hasItem(late.toString())))
                .body("items.id", not(hasItem(onTime.toString())));
    }

    @Test
    void aPendingTrancheCanBeRemovedAndLeavesTheSchedule() {
        UUID a = Api.allocated(budget("USD", "5000").create(), "1000", "USD");
        UUID t = Tranches.scheduled(a, "700", "USD");
        Api.manager()
                .header("If-Match", "\"5\"")
                .delete("/api/v1/tranches/" + t)
                .then()
                .statusCode(412);
        Api.manager().delete("/api/v1/tranches/" + t).then().statusCode(204);
        assertEquals(
                0, figure("select scheduled from allocation where id = ?1", a).signum());
        Api.manager().get("/api/v1/tranches/" + t).then().statusCode(404);
        Api.disburse(a, "10", "USD").then().statusCode(201);
    }
}
