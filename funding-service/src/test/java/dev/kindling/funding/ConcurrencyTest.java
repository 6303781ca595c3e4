package dev.kindling.funding;

import static dev.kindling.funding.Api.budget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kindling.common.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Many clients racing for the same money. Each client tries random amounts until it is refused
 * (or a bounded number of attempts); the database must let through exactly what fits.
 */
@QuarkusTest
class ConcurrencyTest {
    static final int CLIENTS = 64;
    static final int ATTEMPTS = 12;
    static final ObjectMapper JSON = new ObjectMapper();

    record Attempt(int status, BigDecimal amount, UUID id) {}

    @Test
    void sixtyFourClientsAllocatingNeverOverspendABudget() throws Exception {
        UUID b = budget("USD", "20000").create();
        List<Attempt> attempts = flatten(Http.race(
                CLIENTS,
                () -> until409(amount -> Http.post(
                        "/api/v1/allocations",
                        JSON.writeValueAsString(Api.allocation(b, null, "HUB", Fixtures.HUB_SG, amount, "USD")),
                        UUID.randomUUID().toString()))));
        BigDecimal accepted = check(attempts);
        BigDecimal committed = (BigDecimal) Db.single("select committed from budget where id = ?1", b);
        assertEquals(0, accepted.compareTo(committed), "sum of 201s = committed");
        assertTrue(committed.compareTo(new BigDecimal("20000")) <= 0);
        assertTrue(attempts.stream().anyMatch(a -> a.status() == 409), "the budget ran out");
        Set<UUID> created = ids(attempts);
        assertEquals(
                created,
                new HashSet<>(uuids(Db.list(
                        "select allocation_id from journal_entry where budget_id = ?1 and entry_type = 'COMMITTED'",
                        b))));
        assertEquals(created.size(), Db.count("select count(*) from allocation where budget_id = ?1", b));
        assertEquals(
                created.size(),
                Db.count(
                        "select count(*) from idempotency_record where scope like '% POST /api/v1/allocations'"
                                + " and body like ?1",
                        "%\"budgetId\":\"" + b + "\"%"));
        assertTrue(Api.consistent(b));
    }

    @Test
    void sixtyFourClientsDisbursingNeverOverdrawAnAllocation() throws Exception {
        UUID b = budget("USD", "20000").create();
        UUID a = Api.allocated(b, "15000", "USD");
        List<Attempt> attempts = flatten(Http.race(
                CLIENTS,
                () -> until409(amount -> Http.post(
                        "/api/v1/disbursements",
                        JSON.writeValueAsString(Api.disbursement(a, amount, "USD")),
                        UUID.randomUUID().toString()))));
        BigDecimal accepted = check(attempts);
        BigDecimal disbursed = (BigDecimal) Db.single("select disbursed from allocation where id = ?1", a);
        assertEquals(0, accepted.compareTo(disbursed), "sum of 201s = disbursed");
        assertTrue(disbursed.compareTo(new BigDecimal("15000")) <= 0);
        assertTrue(attempts.stream().anyMatch(x -> x.status() == 409), "the allocation ran out");
        assertEquals(
                ids(attempts),
                new HashSet<>(uuids(Db.list(
                        "select disbursement_id from journal_entry where allocation_id = ?1 and entry_type = 'DISBURSED'",
                        a))));
        assertEquals(ids(attempts).size(), Db.count("select count(*) from disbursement where allocation_id = ?1", a));
        assertEquals(0, disbursed.compareTo((BigDecimal) Db.single("select disbursed from budget where id = ?1", b)));
        assertTrue(Api.consistent(b));
    }

    @Test
    void thirtyTwoClientsPayingTranchesNeverOverdrawThem() throws Exception {
        UUID b = budget("USD", "20000").create();
        UUID a = Api.allocated(b, "15000", "USD");
        List<UUID> tranches = List.of(Tranches.scheduled(a, "6000", "USD"), Tranches.scheduled(a, "5000", "USD"));
        UUID unapproved = Tranches.scheduled(a, "4000", "USD");
        tranches.forEach(Tranches::approved);
        List<Attempt> attempts = flatten(Http.race(
                32,
                () -> until409(amount -> Http.post(
                        "/api/v1/disbursements",
                        JSON.writeValueAsString(Tranches.payment(
                                a, tranches.get(ThreadLocalRandom.current().nextInt(2)), amount, "USD")),
                        UUID.randomUUID().toString()))));
        BigDecimal accepted = check(attempts);
        BigDecimal paidFromTranches = BigDecimal.ZERO;
        for (UUID t : tranches) {
            Object[] row = Db.row("select amount, disbursed from tranche where id = ?1", t);
            BigDecimal disbursed = (BigDecimal) row[1];
            assertTrue(disbursed.compareTo((BigDecimal) row[0]) <= 0, "tranche " + t + " overdrawn: " + disbursed);
            BigDecimal payments = (BigDecimal)
                    Db.single("select coalesce(sum(amount), 0) from disbursement where tranche_id = ?1", t);
            assertEquals(0, payments.compareTo(disbursed), "tranche's figure = its payments");
            paidFromTranches = paidFromTranches.add(disbursed);
        }
        assertEquals(0, ((BigDecimal) Db.single("select disbursed from tranche where id = ?1", unapproved)).signum());
        assertEquals(0, accepted.compareTo(paidFromTranches), "sum of 201s = paid from the tranches");
        assertEquals(
                0, accepted.compareTo((BigDecimal) Db.single("select disbursed from allocation where id = ?1", a)));
        assertTrue(attempts.stream().anyMatch(x -> x.status() == 409), "the tranches ran out");
        assertTrue(Api.consistent(b));
    }

    @Test
    void tenRequestsWithOneKeyMakeOneAllocation() throws Exception {
        UUID b = budget("USD", "1000").create();
        String key = UUID.randomUUID().toString();
        String body = JSON.writeValueAsString(Api.allocation(b, null, "HUB", Fixtures.HUB_SG, "10", "USD"));
        List<Http.Answer> answers = Http.race(10, () -> Http.post("/api/v1/allocations", body, key));
        assertEquals(1, answers.stream().map(Http.Answer::body).distinct().count(), answers.toString());
        assertTrue(answers.stream().allMatch(x -> x.status() == 201), answers.toString());
        assertEquals(1, Db.count("select count(*) from allocation where budget_id = ?1", b));
        assertEquals(0, new BigDecimal("10").compareTo((BigDecimal)
                        Db.single("select committed from budget where id = ?1", b)));
    }

    @Test
    void racingReversalsOfOneDisbursementReverseItOnce() throws Exception {
        UUID b = budget("USD", "1000").create();
        UUID a = Api.allocated(b, "100", "USD");
        String d = Api.disburse(a, "60", "USD").then().statusCode(201).extract().path("id");
        List<Http.Answer> answers = Http.race(
                16,
                () -> Http.post(
                        "/api/v1/disbursements/" + d + "/reverse",
                        "{\"reason\":\"race\"}",
                        UUID.randomUUID().toString()));
        assertEquals(1, answers.stream().filter(x -> x.status() == 200).count(), answers.toString());
        assertEquals(15, answers.stream().filter(x -> x.status() == 409).count(), answers.toString());
        assertEquals(0, ((BigDecimal) Db.single("select disbursed from allocation where id = ?1", a)).signum());
        assertTrue(Api.consistent(b));
    }

    interface Call {
        Http.Answer post(String amount) throws Exception;
    }

    private static List<Attempt> until409(Call call) throws Exception {
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            BigDecimal amount = BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(100, 80_000), 2);
            Http.Answer answer = call.post(amount.toPlainString());
            UUID id = answer.status() == 201
                    ? UUID.fromString(JSON.readTree(answer.body()).get("id").asText())
                    : null;
            attempts.add(new Attempt(answer.status(), amount, id));
            if (answer.status() != 201) {
                break;
            }
        }
        return attempts;
    }

    /** Every answer is 201 or 409 (never a 5xx); the sum of what was accepted. */
    private static BigDecimal check(List<Attempt> attempts) {
        for (Attempt a : attempts) {
            assertTrue(a.status() == 201 || a.status() == 409, "unexpected status " + a.status());
        }
        return attempts.stream()
                .filter(a -> a.status() == 201)
                .map(Attempt::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Set<UUID> ids(List<Attempt> attempts) {
        Set<UUID> ids = new HashSet<>();
        attempts.stream().filter(a -> a.id() != null).forEach(a -> ids.add(a.id()));
        return ids;
    }

    private static List<UUID> uuids(List<Object> values) {
        return values.stream().map(v -> (UUID) v).toList();
    }

    private static <T> List<T> flatten(List<List<T>> lists) {
        return lists.stream().flatMap(List::stream).toList();
    }

    static JsonNode read(String json) throws Exception {
        return JSON.readTree(json);
    }
}
