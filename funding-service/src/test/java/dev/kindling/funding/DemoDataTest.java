package dev.kindling.funding;

import static dev.kindling.funding.Api.manager;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The demo dataset loads twice without change, and its balances agree with its journal. */
@QuarkusTest
class DemoDataTest {

    @Test
    void demoDataIsRerunnableAndConsistent() throws IOException {
        String sql;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/demo.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Db.script(sql);
        Db.script(sql);
        assertEquals(4, Db.count("select count(*) from budget where created_by = 'demo'"));
        for (int i = 1; i <= 4; i++) {
            UUID budget = UUID.fromString("00000000-0000-7000-8000-00000000070" + i);
            assertTrue(Api.consistent(budget), "demo budget " + budget);
        }
        manager()
                .get("/api/v1/budgets/00000000-0000-7000-8000-000000000701")
                .then()
                .statusCode(200)
                .body("total.amount", equalTo("100000000.00"))
                .body("total.currency", equalTo("USD"));
        manager()
                .get("/api/v1/budgets/00000000-0000-7000-8000-000000000704")
                .then()
                .statusCode(200)
                .body("currency", equalTo("EUR"))
                .body("lines", hasSize(3))
                .body("lines[0].total.amount", equalTo("2000000.00"));
    }

    /** The walk-through the README gives: the pending demo payment needs two people, then it is paid. */
    @Test
    void thePendingDemoPaymentIsPaidByItsSecondApproval() throws IOException {
        demoDataIsRerunnableAndConsistent();
        UUID request = UUID.fromString("00000000-0000-7000-8000-00000000b001");
        UUID allocation = UUID.fromString("00000000-0000-7000-8000-000000000801");
        UUID spark = UUID.fromString("00000000-0000-7000-8000-000000000701");
        List<String> queue = manager()
                .get("/api/v1/approval-requests?status=PENDING_APPROVAL&budgetId=" + spark)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertTrue(queue.contains(request.toString()), queue.toString());
        BigDecimal paidBefore = Approvals.disbursed(allocation);
        BigDecimal amount = new BigDecimal(Approvals.request(TestTokens.viewer(), request)
                .then()
                .statusCode(200)
                .body("approvalsRequired", equalTo(2))
                .extract()
                .<String>path("amount.amount"));

        Approvals.decide(Approvals.person("dev-manager", "manager"), request, "approve", "checked the invoice")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING_APPROVAL"));
        assertEquals(0, paidBefore.compareTo(Approvals.disbursed(allocation)));
        Approvals.decide(Approvals.person("ben", "manager"), request, "approve", null)
                .then()
                .statusCode(200)
                .body("status", equalTo("EXECUTED"));
        assertEquals(0, paidBefore.add(amount).compareTo(Approvals.disbursed(allocation)));
        assertTrue(Api.consistent(spark));
    }
}
