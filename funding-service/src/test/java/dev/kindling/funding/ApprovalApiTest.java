package dev.kindling.funding;

import static dev.kindling.funding.Approvals.committed;
import static dev.kindling.funding.Approvals.decide;
import static dev.kindling.funding.Approvals.disbursed;
import static dev.kindling.funding.Approvals.held;
import static dev.kindling.funding.Approvals.person;
import static dev.kindling.funding.Approvals.threshold;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubAndStartupServiceMock.class)
class ApprovalApiTest {
    private static final String PROBLEMS = "https://kindling.dev/problems/";
    private final String requester = person("requester-" + UUID.randomUUID(), "manager");
    private final String anna = person("anna-" + UUID.randomUUID(), "manager");
    private final String bert = person("bert-" + UUID.randomUUID(), "manager");

    /** A budget with "allocations over 50,000 need 2; disbursements over 10,000 need 2, over 250,000 need 3". */
    private UUID budgetWithPolicy(String total) {
        UUID budget = Api.budget("USD", total).create();
        Approvals.policy(
                        budget,
                        Map.of(
                                "approverRoles", List.of("manager", "admin"),
                                "thresholds",
                                        List.of(
                                                threshold("ALLOCATION", "50000.00", "USD", 2),
                                                threshold("DISBURSEMENT", "10000.00", "USD", 2),
                                                threshold("DISBURSEMENT", "250000.00", "USD", 3))))
                .then()
                .statusCode(200);
        return budget;
    }

    @Test
    void thresholdsHoldOnlyWhatIsStrictlyOverThem() {
        UUID budget = Api.budget("USD", "10000000").create();
        UUID allocation = Api.allocated(budget, "2000000.00", "USD"); // before the policy: at once
        budgetWithPolicyOn(budget);
        BigDecimal before = committed(budget);

        Approvals.allocate(requester, budget, "50000.00").then().statusCode(201);
        Response over = Approvals.allocate(requester, budget, "50000.01");
        over.then()
                .statusCode(202)
                .header("Location", startsWith("http"))
                .body("status", equalTo("PENDING_APPROVAL"))
                .body("approvalsRequired", equalTo(2));
        assertEquals(
                0,
                before.add(new BigDecimal("50000.00")).compareTo(committed(budget)),
                "a held request reserves nothing");

        BigDecimal paid = disbursed(allocation);
        Approvals.disburse(requester, allocation, "10000.00").then().statusCode(201);
        Approvals.disburse(requester, allocation, "10000.01")
                .then()
                .statusCode(202)
                .body("approvalsRequired", equalTo(2));
        Approvals.disburse(requester, allocation, "250000.00")
                .then()
                .statusCode(202)
                .body("approvalsRequired", equalTo(2));
        Approvals.disburse(requester, allocation, "250000.01")
                .then()
                .statusCode(202)
                .body("approvalsRequired", equalTo(3));
        assertEquals(0, paid.add(new BigDecimal("10000.00")).compareTo(disbursed(allocation)));
        assertTrue(Api.consistent(budget));
    }

    private void budgetWithPolicyOn(UUID budget) {
        Approvals.policy(
                        budget,
                        Map.of(
                                "approverRoles", List.of("manager"),
                                "thresholds",
                                        List.of(
                                                threshold("ALLOCATION", "50000.00", "USD", 2),
                                                threshold("DISBURSEMENT", "10000.00", "USD", 2),
                                                threshold("DISBURSEMENT", "250000.00", "USD", 3))))
                .then()
                .statusCode(200);
    }

    @Test
    void theRequesterCanNeverApprove() {
        UUID budget = budgetWithPolicy("1000000");
        UUID request = held(Approvals.allocate(requester, budget, "60000.00"));

        decide(requester, request, "approve", null)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "self-approval"));
        Approvals.request(anna, request).then().body("approvals.size()", equalTo(0));
    }

    @Test
    void onePersonCountsOnceAndTheLastApprovalMovesTheMoney() {
        UUID budget = budgetWithPolicy("1000000");
        BigDecimal before = committed(budget);
        UUID request = held(Approvals.allocate(requester, budget, "60000.00"));
        assertEquals(1, Db.events(request, "approval_request.created"));

        decide(anna, request, "approve", "fine").then().statusCode(200).body("status", equalTo("PENDING_APPROVAL"));
        decide(anna, request, "approve", "fine again").then().statusCode(200).body("approvals.size()", equalTo(1));
        assertEquals(0, before.compareTo(committed(budget)), "nothing moves before the last approval");

        String result = decide(bert, request, "approve", null)
                .then()
                .statusCode(200)
                .body("status", equalTo("EXECUTED"))
                .body("approvals.size()", equalTo(2))
                .extract()
                .path("resultId");
        Api.manager()
                .get("/api/v1/allocations/" + result)
                .then()
                .statusCode(200)
                .body("amount.amount", equalTo("60000.00"));
        assertEquals(0, before.add(new BigDecimal("60000.00")).compareTo(committed(budget)));
        decide(person("carl-" + UUID.randomUUID(), "manager"), request, "approve", null)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "illegal-transition"));
        assertTrue(Api.consistent(budget));
    }

    @Test
    void sixteenApproversRacingExecuteOnce() throws Exception {
        UUID budget = Api.budget("USD", "1000000").create();
        UUID allocation = Api.allocated(budget, "500000.00", "USD");
        budgetWithPolicyOn(budget);
        BigDecimal paidBefore = disbursed(allocation);
        long paymentsBefore = Db.count("select count(*) from disbursement where allocation_id = ?1", allocation);
        UUID request = held(Approvals.disburse(requester, allocation, "20000.00"));

        int racers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String approver = person("racer-" + i + "-" + UUID.randomUUID(), "manager");
            answers.add(pool.submit(() -> {
                start.await();
                return decide(approver, request, "approve", null).statusCode();
            }));
        }
        start.countDown();
        int ok = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            assertTrue(status == 200 || status == 409, "unexpected " + status);
            ok += status == 200 ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(2, ok, "exactly the two approvals the policy needs are taken");
        Approvals.request(anna, request)
                .then()
                .body("status", equalTo("EXECUTED"))
                .body("approvals.size()", equalTo(2));
        assertEquals(
                paymentsBefore + 1, Db.count("select count(*) from disbursement where allocation_id = ?1", allocation));
        assertEquals(0, paidBefore.add(new BigDecimal("20000.00")).compareTo(disbursed(allocation)));
        assertTrue(Api.consistent(budget));
    }

    @Test
    void anApprovalTheBudgetCanNoLongerCoverMovesNothing() {
        UUID budget = budgetWithPolicy("100000");
        UUID request = held(Approvals.allocate(requester, budget, "80000.00"));
        Approvals.allocate(requester, budget, "50000.00").then().statusCode(201); // at the limit: at once
        BigDecimal before = committed(budget);

        decide(anna, request, "approve", null).then().statusCode(200);
        decide(bert, request, "approve", null)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "budget-overspent"));

        assertEquals(0, before.compareTo(committed(budget)));
        Approvals.request(anna, request)
                .then()
                .body("status", equalTo("PENDING_APPROVAL"))
                .body("approvals.size()", equalTo(1));
        assertEquals(
                0, Db.count("select count(*) from approval where request_id = ?1 and approver like 'bert-%'", request));
        assertTrue(Api.consistent(budget));
    }

    @Test
    void rejectedAndCancelledRequestsAreClosed() {
        UUID budget = budgetWithPolicy("1000000");
        UUID rejected = held(Approvals.allocate(requester, budget, "70000.00"));
        decide(anna, rejected, "reject", null).then().statusCode(400);
        decide(anna, rejected, "reject", "no evidence").then().statusCode(200).body("status", equalTo("REJECTED"));
        decide(bert, rejected, "approve", null).then().statusCode(409);

        UUID cancelled = held(Approvals.allocate(requester, budget, "70000.00"));
        decide(anna, cancelled, "cancel", "not mine").then().statusCode(403);
        decide(requester, cancelled, "cancel", "typo in the amount")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("decisionReason", equalTo("typo in the amount"));
        decide(TestTokens.viewer(), cancelled, "approve", null).then().statusCode(403);
        assertEquals(1, Db.events(cancelled, "approval_request.cancelled"));
    }

    @Test
    void aPartnerOfAnotherHubSeesNoneOfIt() {
        UUID budget = budgetWithPolicy("1000000");
        UUID request = held(Approvals.allocate(requester, budget, "90000.00"));
        String hongKong = TestTokens.partner("HK");
        Approvals.request(hongKong, request).then().statusCode(404);
        List<String> seen = Api.as(hongKong)
                .get("/api/v1/approval-requests?limit=200&budgetId=" + budget)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertTrue(seen.isEmpty(), seen.toString());
        Approvals.request(TestTokens.partner("SG"), request).then().statusCode(200);
        decide(hongKong, request, "approve", null).then().statusCode(403);
    }

    @Test
    void thePolicyIsForAdminsAndReplacedOnlyWithItsETag() {
        UUID budget = budgetWithPolicy("1000000");
        Map<String, Object> body = Map.of(
                "approverRoles", List.of("admin"), "thresholds", List.of(threshold("ALLOCATION", "1.00", "USD", 1)));
        Api.manager()
                .body(body)
                .put("/api/v1/budgets/" + budget + "/approval-policy")
                .then()
                .statusCode(403);
        Approvals.policy(budget, body).then().statusCode(428);
        String etag = Api.manager()
                .get("/api/v1/budgets/" + budget + "/approval-policy")
                .header("ETag");
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .header("If-Match", etag)
                .body(body)
                .put("/api/v1/budgets/" + budget + "/approval-policy")
                .then()
                .statusCode(200)
                .body("approverRoles", equalTo(List.of("admin")));
        Approvals.policy(
                        Api.budget("EUR", "1000").create(),
                        Map.of(
                                "approverRoles",
                                List.of("admin"),
                                "thresholds",
                                List.of(threshold("ALLOCATION", "1.00", "USD", 1))))
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "currency-mismatch"));
    }
}
