package dev.kindling.funding;

import static dev.kindling.funding.Api.budget;
import static dev.kindling.funding.Api.manager;
import static dev.kindling.funding.Api.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property test over the API: for many seeds, a random sequence of allocate / cancel / release /
 * disburse / reverse / amend against one budget. Every answer must be the one {@link LedgerModel}
 * predicts, and at the end every stored balance equals the model's, the journal recomputation
 * agrees (reconciliation), and the invariants hold on the balances the service answers (never on the
 * model's own figures). A failure names the seed and the steps.
 */
@QuarkusTest
class RandomSequenceTest {
    static final int STEPS = 40;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomMovementsKeepTheLedgerTrue(long seed) {
        Random random = new Random(seed);
        LedgerModel model = new LedgerModel();
        UUID b;
        if (seed % 2 == 0) {
            b = budget("USD", "10000").create();
            model.total = new BigDecimal("10000.00");
        } else {
            b = budget("USD", null)
                    .line(2024, "5000", "USD")
                    .line(2025, "5000", "USD")
                    .create();
            model.total = new BigDecimal("10000.00");
            model.lines.put(2024, new LedgerModel.Line(new BigDecimal("5000.00")));
            model.lines.put(2025, new LedgerModel.Line(new BigDecimal("5000.00")));
        }
        List<String> log = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            int op = random.nextInt(100);
            String what = op < 35
                    ? allocate(random, model, b)
                    : op < 45
                            ? close(random, model, "cancel")
                            : op < 52
                                    ? close(random, model, "release")
                                    : op < 77
                                            ? disburse(random, model)
                                            : op < 88 ? reverse(random, model) : amend(random, model, b);
            log.add(step + ": " + what);
        }
        String trace = "seed " + seed + "\n" + String.join("\n", log);
        JsonPath stored = Api.budgetOf(b).then().statusCode(200).extract().jsonPath();
        assertAmount(model.total, stored.getString("total.amount"), trace);
        assertAmount(model.committed, stored.getString("committed.amount"), trace);
        assertAmount(model.disbursed, stored.getString("disbursed.amount"), trace);
        model.lines.forEach((year, line) -> {
            String at = "lines.find { it.year == " + year + " }.";
            assertAmount(line.total, stored.getString(at + "total.amount"), trace);
            assertAmount(line.committed, stored.getString(at + "committed.amount"), trace);
            assertAmount(line.disbursed, stored.getString(at + "disbursed.amount"), trace);
        });
        // The invariants, on what the service answers (not on the model): per budget and per line
        // 0 <= disbursed <= committed <= total, per allocation released + disbursed <= amount.
        assertWithin(stored.getString("disbursed.amount"), stored.getString("committed.amount"), trace);
        assertWithin(stored.getString("committed.amount"), stored.getString("total.amount"), trace);
        for (int i = 0; i < stored.getList("lines").size(); i++) {
            String at = "lines[" + i + "].";
            assertWithin(stored.getString(at + "disbursed.amount"), stored.getString(at + "committed.amount"), trace);
            assertWithin(stored.getString(at + "committed.amount"), stored.getString(at + "total.amount"), trace);
        }
        for (LedgerModel.Alloc a : model.allocations) {
            JsonPath got = manager()
                    .get("/api/v1/allocations/" + a.id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(a.status, got.getString("status"), trace);
            assertAmount(a.released, got.getString("released.amount"), trace);
            assertAmount(a.disbursed, got.getString("disbursed.amount"), trace);
            BigDecimal paidOrBack = new BigDecimal(got.getString("released.amount"))
                    .add(new BigDecimal(got.getString("disbursed.amount")));
            assertWithin(paidOrBack.toPlainString(), got.getString("amount.amount"), trace);
            assertWithin("0", got.getString("remaining.amount"), trace);
        }
        assertTrue(Api.consistent(b), trace);
    }

    private static String allocate(Random random, LedgerModel model, UUID b) {
        Integer year = model.lines.isEmpty() ? null : pick(random, new ArrayList<>(model.lines.keySet()));
        BigDecimal amount = cents(random, 1, 400_000);
        Response r = manager()
                .body(Api.allocation(b, year, "HUB", Fixtures.HUB_SG, amount.toPlainString(), "USD"))
                .post("/api/v1/allocations");
        boolean ok = model.canAllocate(year, amount);
        expect(ok ? 201 : 409, r, "allocate " + amount + " in " + year);
        if (ok) {
            LedgerModel.Alloc a = new LedgerModel.Alloc();
            a.id = UUID.fromString(r.path("id"));
            a.year = year;
            a.amount = amount;
            model.allocated(a);
        }
        return "allocate " + amount + " (" + year + ") -> " + r.statusCode();
    }

    private static String close(Random random, LedgerModel model, String verb) {
        if (model.allocations.isEmpty()) {
            return verb + " skipped";
        }
        LedgerModel.Alloc a = pick(random, model.allocations);
        Response r = Api.action("/api/v1/allocations/" + a.id + "/" + verb, "random " + verb);
        boolean ok = "OPEN".equals(a.status) && ("release".equals(verb) || a.disbursed.signum() == 0);
        expect(ok ? 200 : 409, r, verb + " " + a.id);
        if (ok) {
            model.closed(a, "cancel".equals(verb) ? "CANCELLED" : "RELEASED");
        }
        return verb + " " + a.id + " -> " + r.statusCode();
    }

    private static String disburse(Random random, LedgerModel model) {
        if (model.allocations.isEmpty()) {
            return "disburse skipped";
        }
        LedgerModel.Alloc a = pick(random, model.allocations);
        long most = Math.max(2, a.remaining().movePointRight(2).longValue() + 2_000);
        BigDecimal amount = cents(random, 1, most);
        Response r = Api.disburse(a.id, amount.toPlainString(), "USD");
        boolean ok = "OPEN".equals(a.status) && amount.compareTo(a.remaining()) <= 0;
        expect(ok ? 201 : 409, r, "disburse " + amount + " of " + a.id);
        if (ok) {
            LedgerModel.Payment p = new LedgerModel.Payment();
            p.id = UUID.fromString(r.path("id"));
            p.allocation = a;
            p.amount = amount;
            model.paid(p);
        }
        return "disburse " + amount + " -> " + r.statusCode();
    }

    private static String reverse(Random random, LedgerModel model) {
        if (model.payments.isEmpty()) {
            return "reverse skipped";
        }
        LedgerModel.Payment p = pick(random, model.payments);
        Response r = Api.action("/api/v1/disbursements/" + p.id + "/reverse", "random reversal");
        expect(p.reversed ? 409 : 200, r, "reverse " + p.id);
        if (!p.reversed) {
            model.reversed(p);
        }
        return "reverse " + p.amount + " -> " + r.statusCode();
    }

    private static String amend(Random random, LedgerModel model, UUID b) {
        Integer year = null;
        BigDecimal current = model.total;
        BigDecimal floor = model.committed;
        if (!model.lines.isEmpty()) {
            year = random.nextInt(5) == 0 ? 2026 : pick(random, new ArrayList<>(model.lines.keySet()));
            LedgerModel.Line line = model.lines.get(year);
            current = line == null ? BigDecimal.ZERO : line.total;
            floor = line == null ? BigDecimal.ZERO : line.committed;
        }
        boolean stale = random.nextInt(6) == 0;
        BigDecimal newTotal =
                floor.add(cents(random, stale ? 1 : -50_000, 500_000)).max(new BigDecimal("0.01"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("newTotal", money(newTotal.toPlainString(), "USD"));
        body.put("reason", "random amendment");
        if (year != null) {
            body.put("year", year);
        }
        long ifMatch = stale ? model.version + 1 : model.version;
        Response r = manager()
                .header("If-Match", "\"" + ifMatch + "\"")
                .body(body)
                .post("/api/v1/budgets/" + b + "/amendments");
        int expected = newTotal.compareTo(floor) < 0 || newTotal.compareTo(current) == 0 ? 409 : stale ? 412 : 200;
        expect(expected, r, "amend " + year + " to " + newTotal);
        if (expected == 200) {
            model.total = model.total.add(newTotal.subtract(current));
            model.version++;
            if (year != null) {
                model.lines.computeIfAbsent(year, y -> new LedgerModel.Line(BigDecimal.ZERO)).total = newTotal;
            }
        }
        return "amend " + year + " to " + newTotal + (stale ? " (stale)" : "") + " -> " + r.statusCode();
    }

    private static void expect(int status, Response r, String what) {
        assertEquals(status, r.statusCode(), what + ": " + r.asString());
    }

    /** The amount the service answered equals the model's (compared as numbers). */
    static void assertAmount(BigDecimal expected, String actual, String trace) {
        assertEquals(
                0,
                expected.compareTo(new BigDecimal(actual)),
                "expected " + expected + " got " + actual + "\n" + trace);
    }

    /** 0 <= low <= high, as the service answered them. */
    private static void assertWithin(String low, String high, String trace) {
        BigDecimal l = new BigDecimal(low);
        assertTrue(l.signum() >= 0 && l.compareTo(new BigDecimal(high)) <= 0, low + " > " + high + "\n" + trace);
    }

    private static BigDecimal cents(Random random, long from, long to) {
        return BigDecimal.valueOf(from + (long) (random.nextDouble() * (to - from)), 2);
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
