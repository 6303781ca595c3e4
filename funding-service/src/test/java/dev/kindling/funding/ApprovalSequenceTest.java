package dev.kindling.funding;

import static dev.kindling.funding.Approvals.decide;
import static dev.kindling.funding.Approvals.person;
import static dev.kindling.funding.Approvals.threshold;
import static dev.kindling.funding.RandomSequenceTest.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property test of segregation of duties: for many seeds, a random sequence mixing held allocations
 * and payments, approvals (by the requester, by someone twice, by new people), rejections,
 * cancellations and direct movements (under the thresholds, cancels, releases) on one budget with a
 * policy. Every answer must be the one {@link LedgerModel} and the request model predict; at the end
 * the stored balances equal the model's, each request's status and approval count are as predicted,
 * every executed request names exactly one movement, and reconciliation is consistent.
 */
@QuarkusTest
class ApprovalSequenceTest {
    static final int STEPS = 45;
    /** Allocations over 500 need 2 approvals; payments over 300 need 2, over 1,500 need 3. */
    static final BigDecimal ALLOCATION_LIMIT = new BigDecimal("500.00");

    static final BigDecimal PAYMENT_LIMIT = new BigDecimal("300.00");
    static final BigDecimal LARGE_PAYMENT = new BigDecimal("1500.00");

    /** What the test expects of one approval request. */
    static final class Held {
        UUID id;
        String requester;
        boolean allocation;
        BigDecimal amount;
        LedgerModel.Alloc target; // the allocation a held payment draws on
        int required;
        final Set<String> approvers = new HashSet<>();
        String status = "PENDING_APPROVAL";
        UUID result;
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void approvalsAndDirectMovementsKeepTheLedgerTrue(long seed) {
        Random random = new Random(seed);
        List<String> people = new ArrayList<>();
        for (String name : List.of("ana", "ben", "cho", "dev")) {
            people.add(person(name + "-" + seed + "-" + UUID.randomUUID(), "manager"));
        }
        LedgerModel model = new LedgerModel();
        model.total = new BigDecimal("10000.00");
        UUID budget = Api.budget("USD", "10000").create();
        Approvals.policy(
                        budget,
                        Map.of(
                                "approverRoles", List.of("manager"),
                                "thresholds",
                                        List.of(
                                                threshold("ALLOCATION", ALLOCATION_LIMIT.toPlainString(), "USD", 2),
                                                threshold("DISBURSEMENT", PAYMENT_LIMIT.toPlainString(), "USD", 2),
                                                threshold("DISBURSEMENT", LARGE_PAYMENT.toPlainString(), "USD", 3))))
                .then()
                .statusCode(200);
        Sequence run = new Sequence(random, model, budget, people);
        for (int step = 0; step < STEPS; step++) {
            run.log.add(step + ": " + run.step(random.nextInt(100)));
        }
        String trace = "seed " + seed + "\n" + String.join("\n", run.log);

        JsonPath stored = Api.budgetOf(budget).then().statusCode(200).extract().jsonPath();
        assertAmount(model.committed, stored.getString("committed.amount"), trace);
        assertAmount(model.disbursed, stored.getString("disbursed.amount"), trace);
        for (LedgerModel.Alloc a : model.allocations) {
            JsonPath got = Api.manager()
                    .get("/api/v1/allocations/" + a.id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(a.status, got.getString("status"), trace);
            assertAmount(a.disbursed, got.getString("disbursed.amount"), trace);
        }
        for (Held h : run.held) {
            JsonPath got = Approvals.request(people.get(0), h.id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(h.status, got.getString("status"), trace);
            assertEquals(h.approvers.size(), got.getList("approvals").size(), trace);
            assertEquals(h.result == null ? null : h.result.toString(), got.getString("resultId"), trace);
        }
        long executed = run.held.stream().filter(h -> h.result != null).count();
        assertEquals(
                executed,
                Db.count("select count(*) from approval_request where budget_id = ?1 and status = 'EXECUTED'", budget),
                trace);
        assertTrue(Api.consistent(budget), trace);
    }

    /** One seed's run: the models, the people and what was done. */
    static final class Sequence {
        final Random random;
        final LedgerModel model;
        final UUID budget;
        final List<String> people;
        final List<Held> held = new ArrayList<>();
        final List<String> log = new ArrayList<>();

        Sequence(Random random, LedgerModel model, UUID budget, List<String> people) {
            this.random = random;
            this.model = model;
            this.budget = budget;
            this.people = people;
        }

        String step(int op) {
            if (op < 25) {
                return allocate();
            }
            if (op < 45) {
                return disburse();
            }
            if (op < 80) {
                return approve();
            }
            if (op < 88) {
                return closeRequest(random.nextBoolean() ? "reject" : "cancel");
            }
            return closeAllocation();
        }

        private String allocate() {
            String who = pick(people);
            BigDecimal amount = cents(1, random.nextInt(4) == 0 ? 50_000 : 400_000);
            Response r = Approvals.allocate(who, budget, amount.toPlainString());
            if (amount.compareTo(ALLOCATION_LIMIT) > 0) {
                expect(202, r, "held allocation " + amount);
                Held h = held(r, who, true, amount, 2);
                return "allocate " + amount + " -> held " + h.id;
            }
            boolean ok = model.canAllocate(null, amount);
            expect(ok ? 201 : 409, r, "allocate " + amount);
            if (ok) {
                allocated(UUID.fromString(r.path("id")), amount);
            }
            return "allocate " + amount + " -> " + r.statusCode();
        }

        private String disburse() {
            if (model.allocations.isEmpty()) {
                return "disburse skipped";
            }
            String who = pick(people);
            LedgerModel.Alloc a = pick(model.allocations);
            BigDecimal amount = cents(1, random.nextInt(3) == 0 ? 30_000 : 250_000);
            Response r = Approvals.disburse(who, a.id, amount.toPlainString());
            if (amount.compareTo(PAYMENT_LIMIT) > 0) {
                expect(202, r, "held payment " + amount);
                Held h = held(r, who, false, amount, amount.compareTo(LARGE_PAYMENT) > 0 ? 3 : 2);
                h.target = a;
                return "disburse " + amount + " of " + a.id + " -> held " + h.id;
            }
            boolean ok = payable(a, amount);
            expect(ok ? 201 : 409, r, "disburse " + amount);
            if (ok) {
                paid(UUID.fromString(r.path("id")), a, amount);
            }
            return "disburse " + amount + " -> " + r.statusCode();
        }

        private String approve() {
            if (held.isEmpty()) {
                return "approve skipped";
            }
            Held h = pick(held);
            String who = pick(people);
            Response r = decide(who, h.id, "approve", "looks right");
            int expected;
            String note = "";
            if (who.equals(h.requester)) {
                expected = 403;
            } else if (h.approvers.contains(who)) {
                expected = 200; // counts once: nothing changes
            } else if (!"PENDING_APPROVAL".equals(h.status)) {
                expected = 409;
            } else if (h.approvers.size() + 1 < h.required) {
                expected = 200;
                h.approvers.add(who);
            } else {
                expected = execute(h, r) ? 200 : 409;
                note = expected == 200 ? " executed" : " (the money is no longer there)";
                if (expected == 200) {
                    h.approvers.add(who);
                }
            }
            expect(expected, r, "approve " + h.id + " (" + h.amount + ")");
            if (r.statusCode() == 200) {
                assertEquals(h.approvers.size(), (int) r.<Integer>path("approvals.size()"), "approvals of " + h.id);
                assertEquals(h.status, r.path("status"), "status of " + h.id);
            }
            return "approve " + h.id + " by " + who.hashCode() + " -> " + r.statusCode() + note;
        }

        /** The last approval: moves the money when the model says it still can. */
        private boolean execute(Held h, Response r) {
            boolean ok = h.allocation ? model.canAllocate(null, h.amount) : payable(h.target, h.amount);
            if (!ok || r.statusCode() != 200) {
                return ok;
            }
            h.status = "EXECUTED";
            h.result = UUID.fromString(r.path("resultId"));
            if (h.allocation) {
                allocated(h.result, h.amount);
            } else {
                paid(h.result, h.target, h.amount);
            }
            return true;
        }

        private String closeRequest(String verb) {
            if (held.isEmpty()) {
                return verb + " skipped";
            }
            Held h = pick(held);
            boolean byRequester = random.nextInt(4) != 0;
            String who = byRequester ? h.requester : pick(people);
            Response r = decide(who, h.id, verb, "random " + verb);
            int expected;
            if ("cancel".equals(verb) && !who.equals(h.requester)) {
                expected = 403;
            } else {
                expected = "PENDING_APPROVAL".equals(h.status) ? 200 : 409;
            }
            expect(expected, r, verb + " " + h.id);
            if (expected == 200) {
                h.status = "cancel".equals(verb) ? "CANCELLED" : "REJECTED";
            }
            return verb + " " + h.id + " -> " + r.statusCode();
        }

        private String closeAllocation() {
            if (model.allocations.isEmpty()) {
                return "release skipped";
            }
            LedgerModel.Alloc a = pick(model.allocations);
            Response r = Api.action("/api/v1/allocations/" + a.id + "/release", "random release");
            boolean ok = "OPEN".equals(a.status);
            expect(ok ? 200 : 409, r, "release " + a.id);
            if (ok) {
                model.closed(a, "RELEASED");
            }
            return "release " + a.id + " -> " + r.statusCode();
        }

        private Held held(Response r, String requester, boolean allocation, BigDecimal amount, int required) {
            Held h = new Held();
            h.id = UUID.fromString(r.path("id"));
            h.requester = requester;
            h.allocation = allocation;
            h.amount = amount;
            h.required = required;
            assertEquals(required, (Integer) r.path("approvalsRequired"), "approvals required for " + amount);
            held.add(h);
            return h;
        }

        private boolean payable(LedgerModel.Alloc a, BigDecimal amount) {
            return "OPEN".equals(a.status) && amount.compareTo(a.remaining()) <= 0;
        }

        private void allocated(UUID id, BigDecimal amount) {
            LedgerModel.Alloc a = new LedgerModel.Alloc();
            a.id = id;
            a.amount = amount;
            model.allocated(a);
        }

        private void paid(UUID id, LedgerModel.Alloc a, BigDecimal amount) {
            LedgerModel.Payment p = new LedgerModel.Payment();
            p.id = id;
            p.allocation = a;
            p.amount = amount;
            model.paid(p);
        }

        private BigDecimal cents(long from, long to) {
            return BigDecimal.valueOf(from + (long) (random.nextDouble() * (to - from)), 2);
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        private void expect(int status, Response r, String what) {
            assertEquals(status, r.statusCode(), what + ": " + r.asString() + "\n" + String.join("\n", log));
        }
    }
}
