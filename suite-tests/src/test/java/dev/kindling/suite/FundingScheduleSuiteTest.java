package dev.kindling.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.suite.Gateway.Answer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Tranches, reporting currencies and open data through the gateway, with the real services behind it:
 * Locations on the gateway, a partner's evidence, rates imported as a file through the proxy, the
 * scoreboard converted by funding-service, and recipients' names read from startup-service.
 */
class FundingScheduleSuiteTest extends AgainstTheSuite {
    private static final String MANAGER = TestTokens.manager();
    private static final String ADMIN = TestTokens.admin();
    private static final String SPARK = "00000000-0000-7000-8000-000000000201";
    private static final String HK_ALLOCATION = "00000000-0000-7000-8000-000000000802";
    private static final String PARIS_HUB = "00000000-0000-7000-8000-000000000110";
    private static final String DEMO_STARTUP = "00000000-0000-7000-8000-000000000501";
    private static final String DEMO_STARTUP_GRANT = "00000000-0000-7000-8000-000000000807";

    @Test
    void aTrancheIsPaidThroughTheGatewayOnceItsMilestoneIsApprovedByAnother() {
        Answer created = gateway.post(
                MANAGER,
                "/api/v1/tranches",
                "{\"allocationId\":\"" + HK_ALLOCATION + "\",\"amount\":{\"amount\":\"25000.00\",\"currency\":\"USD\"},"
                        + "\"dueOn\":\"" + LocalDate.now().plusMonths(2)
                        + "\",\"milestone\":{\"title\":\"Demo day\"}}");
        assertEquals(201, created.status(), created.body().toString());
        String location = created.raw().headers().firstValue("Location").orElseThrow();
        String tranche = created.text("id");
        assertEquals(suite.gateway().resolve("/api/v1/tranches/" + tranche).toString(), location);
        assertEquals(
                404,
                gateway.post(TestTokens.partner("SG"), "/api/v1/tranches/" + tranche + "/submit", evidence())
                        .status());
        Answer submitted =
                gateway.post(TestTokens.partner("HK"), "/api/v1/tranches/" + tranche + "/submit", evidence());
        assertEquals(
                "SUBMITTED",
                submitted.body().at("/milestone/status").asText(),
                submitted.body().toString());
        String payment = "{\"allocationId\":\"" + HK_ALLOCATION + "\",\"trancheId\":\"" + tranche + "\","
                + "\"amount\":{\"amount\":\"5000.00\",\"currency\":\"USD\"},\"paidOn\":\"2026-01-05\","
                + "\"externalReference\":\"SUITE-T1\"}";
        assertEquals(
                409, gateway.post(MANAGER, "/api/v1/disbursements", payment).status());
        assertEquals(
                200,
                gateway.post(MANAGER, "/api/v1/tranches/" + tranche + "/approve", "{}")
                        .status());
        Answer paid = gateway.post(MANAGER, "/api/v1/disbursements", payment);
        assertEquals(201, paid.status(), paid.body().toString());
        assertEquals(tranche, paid.text("trancheId"));
        assertEquals(
                "5000.00",
                gateway.get(MANAGER, "/api/v1/tranches/" + tranche)
                        .body()
                        .at("/disbursed/amount")
                        .asText());
    }

    @Test
    void theHubOverviewCountsOverdueMilestones() {
        long overdue = gateway.get(MANAGER, "/api/v1/tranches?overdue=true&hubId=" + PARIS_HUB + "&limit=200")
                .body()
                .path("items")
                .size();
        assertTrue(overdue > 0, "the demo's Paris schedule has a milestone past due");
        Answer overview = gateway.get(MANAGER, "/api/v1/hubs/" + PARIS_HUB + "/overview");
        assertEquals(
                overdue,
                overview.body().at("/funding/overdueMilestones").asLong(),
                overview.body().toString());
    }

    @Test
    void theScoreboardIsConvertedAtTheRatesImportedThroughTheGateway() {
        Answer imported =
                gateway.postText(ADMIN, "/api/v1/exchange-rates/import", "text/csv", "Date,USD,\n2024-12-31,1.0389,\n");
        assertEquals(200, imported.status(), imported.body().toString());
        JsonNode plain = gateway.get(MANAGER, "/api/v1/programs/" + SPARK + "/scoreboard")
                .body();
        BigDecimal total =
                new BigDecimal(plain.at("/funding/byCurrency/0/total/amount").asText());
        assertEquals("USD", plain.at("/funding/byCurrency/0/currency").asText());
        JsonNode converted = gateway.get(
                        MANAGER, "/api/v1/programs/" + SPARK + "/scoreboard?reportingCurrency=EUR&asOf=2025-01-03")
                .body();
        JsonNode usd = converted.at("/funding/byCurrency/0/converted");
        assertEquals("2024-12-31", usd.path("rateDate").asText());
        BigDecimal expected = total.multiply(BigDecimal.ONE.divide(new BigDecimal("1.0389"), MathContext.DECIMAL64))
                .setScale(2, RoundingMode.HALF_EVEN);
        assertEquals(expected.toPlainString(), usd.at("/total/amount").asText());
        assertEquals(
                expected.toPlainString(),
                converted.at("/funding/converted/total/amount").asText());
        Answer refused =
                gateway.get(MANAGER, "/api/v1/programs/" + SPARK + "/scoreboard?reportingCurrency=GBP&asOf=2025-01-03");
        assertEquals(422, refused.status());
        assertEquals("https://kindling.dev/problems/exchange-rate-missing", refused.text("type"));
    }

    @Test
    void openDataNamesRecipientsAsStartupServiceKnowsThem() {
        String name = gateway.get(MANAGER, "/api/v1/startups/" + DEMO_STARTUP).text("name");
        JsonNode withDemo = gateway.get(
                        MANAGER, "/api/v1/open-data/360giving?programId=" + SPARK + "&includeIllustrative=true")
                .body();
        JsonNode grant = null;
        for (JsonNode g : withDemo.path("grants")) {
            if (g.path("id").asText().endsWith(DEMO_STARTUP_GRANT)) {
                grant = g;
            }
        }
        assertTrue(grant != null, withDemo.toString());
        assertEquals(name, grant.at("/recipientOrganization/0/name").asText());
        assertEquals(
                0, new BigDecimal("50000").compareTo(grant.path("amountAwarded").decimalValue()));
        assertTrue(grant.path("illustrative").asBoolean());
        JsonNode published = gateway.get(MANAGER, "/api/v1/open-data/360giving?programId=" + SPARK)
                .body();
        assertFalse(published.path("grants").toString().contains(DEMO_STARTUP_GRANT), "demo grants left out");
        Answer csv = gateway.get(
                MANAGER,
                "/api/v1/open-data/360giving?programId=" + SPARK + "&includeIllustrative=true",
                "Accept",
                "text/csv");
        assertEquals(200, csv.status());
        assertTrue(csv.raw().body().startsWith("Identifier,Title,Description,Currency,Amount Awarded,Award Date,"));
        assertTrue(csv.raw().body().contains(DEMO_STARTUP_GRANT), csv.raw().body());
    }

    private static String evidence() {
        return "{\"text\":\"Demo day held with 12 startups\",\"links\":[\"https://example.org/demo-day\"]}";
    }
}
