package dev.kindling.startup;

import static dev.kindling.startup.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubServiceMock.class)
class KpiApiTest {

    @Test
    void recordsASnapshotWithMoneyAsDecimalStrings() {
        UUID startup = Api.startup();
        as(TestTokens.manager())
                .body("{\"asOf\":\"2024-12-31\",\"headcount\":12,"
                        + "\"revenue\":{\"amount\":\"1500000\",\"currency\":\"EUR\"},"
                        + "\"fundsRaised\":{\"amount\":\"250000000\",\"currency\":\"JPY\"}}")
                .post("/api/v1/startups/" + startup + "/kpis")
                .then()
                .statusCode(201)
                .body("asOf", equalTo("2024-12-31"))
                .body("headcount", equalTo(12))
                .body("revenue.amount", equalTo("1500000.00"))
                .body("revenue.currency", equalTo("EUR"))
                .body("fundsRaised.amount", equalTo("250000000"))
                .body("fundsRaised.currency", equalTo("JPY"));
        assertEquals(0, new BigDecimal("1500000").compareTo((BigDecimal)
                        Db.single("select revenue_amount from kpi_snapshot where startup_id = ?1", startup)));
        assertEquals("EUR", Db.single("select revenue_currency from kpi_snapshot where startup_id = ?1", startup));
        as(TestTokens.viewer())
                .get("/api/v1/startups/" + startup + "/kpis")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].revenue.amount", equalTo("1500000.00"));
        as(TestTokens.manager())
                .body("{\"asOf\":\"2024-12-31\",\"headcount\":13}")
                .post("/api/v1/startups/" + startup + "/kpis")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/duplicate"));
        as(TestTokens.manager())
                .body("{\"asOf\":\"2023-12-31\",\"headcount\":0}")
                .post("/api/v1/startups/" + startup + "/kpis")
                .then()
                .statusCode(201)
                .body("revenue", nullValue());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "headcount         | \"headcount\":-1",
                "revenue.amount    | \"headcount\":1,\"revenue\":{\"amount\":\"10.123\",\"currency\":\"EUR\"}",
                "revenue.amount    | \"headcount\":1,\"revenue\":{\"amount\":\"10.5\",\"currency\":\"JPY\"}",
                "revenue.amount    | \"headcount\":1,\"revenue\":{\"amount\":\"-5\",\"currency\":\"EUR\"}",
                "revenue.amount    | \"headcount\":1,\"revenue\":{\"amount\":\"1e5\",\"currency\":\"EUR\"}",
                "revenue.currency  | \"headcount\":1,\"revenue\":{\"amount\":\"10\",\"currency\":\"XYZ\"}",
                "fundsRaised.currency | \"headcount\":1,\"fundsRaised\":{\"amount\":\"10\",\"currency\":\"eur\"}",
                "fundsRaised.currency | \"headcount\":1,\"fundsRaised\":{\"amount\":\"10\"}",
            })
    void badSnapshotsAre400AndWriteNothing(String field, String json) {
        UUID startup = Api.startup();
        as(TestTokens.manager())
                .body("{\"asOf\":\"2024-06-30\"," + json + "}")
                .post("/api/v1/startups/" + startup + "/kpis")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
        assertEquals(0L, Db.count("select count(*) from kpi_snapshot where startup_id = ?1", startup));
    }

    @Test
    void futureDateAndUnknownStartupAreRefused() {
        UUID startup = Api.startup();
        as(TestTokens.manager())
                .body("{\"asOf\":\"" + LocalDate.now().plusDays(1) + "\",\"headcount\":3}")
                .post("/api/v1/startups/" + startup + "/kpis")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        as(TestTokens.manager())
                .body("{\"asOf\":\"2024-01-01\",\"headcount\":3}")
                .post("/api/v1/startups/" + UUID.randomUUID() + "/kpis")
                .then()
                .statusCode(404);
        as(TestTokens.viewer())
                .body("{\"asOf\":\"2024-01-01\",\"headcount\":3}")
                .post("/api/v1/startups/" + startup + "/kpis")
                .then()
                .statusCode(403);
    }
}
