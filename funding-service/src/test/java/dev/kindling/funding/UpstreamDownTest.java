package dev.kindling.funding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static dev.kindling.funding.Api.allocation;
import static dev.kindling.funding.Api.budget;
import static dev.kindling.funding.Api.manager;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.kindling.common.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** hub-service or startup-service not answering: 503 with Retry-After, and nothing written. */
@QuarkusTest
class UpstreamDownTest {

    private static WireMock wiremock() {
        URI url = URI.create(ConfigProvider.getConfig().getValue(HubAndStartupServiceMock.URL_PROPERTY, String.class));
        return new WireMock(url.getHost(), url.getPort());
    }

    @Test
    void hubServiceDownMeans503AndNothingWritten() {
        UUID b = budget("USD", "1000")
                .set("programId", Fixtures.FLAKY_PROGRAM.toString())
                .create();
        long outbox = Db.count("select count(*) from outbox");
        WireMock upstream = wiremock();
        StubMapping broken = upstream.register(get("/api/v1/programs/" + Fixtures.FLAKY_PROGRAM)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try {
            manager()
                    .header("Idempotency-Key", "down-1")
                    .body(allocation(b, null, "HUB", Fixtures.HUB_SG, "10", "USD"))
                    .post("/api/v1/allocations")
                    .then()
                    .statusCode(503)
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("https://kindling.dev/problems/dependency-unavailable"));
            budget("USD", "5")
                    .set("programId", Fixtures.FLAKY_PROGRAM.toString())
                    .post()
                    .then()
                    .statusCode(503);
        } finally {
            upstream.removeStubMapping(broken);
        }
        assertEquals(0, Db.count("select count(*) from allocation where budget_id = ?1", b));
        assertEquals(0, Db.count("select count(*) from idempotency_record where idem_key = 'down-1'"));
        assertEquals(outbox, Db.count("select count(*) from outbox"));
        assertEquals(0, ((java.math.BigDecimal) Db.single("select committed from budget where id = ?1", b)).signum());
        String created = manager()
                .header("Idempotency-Key", "down-1")
                .body(allocation(b, null, "HUB", Fixtures.HUB_SG, "10", "USD"))
                .post("/api/v1/allocations")
                .then()
                .statusCode(201)
                .extract()
                .asString();

        // hub-service down again: the retry of a request that already succeeded gets its stored answer
        broken = upstream.register(get("/api/v1/programs/" + Fixtures.FLAKY_PROGRAM)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try {
            String replayed = manager()
                    .header("Idempotency-Key", "down-1")
                    .body(allocation(b, null, "HUB", Fixtures.HUB_SG, "10", "USD"))
                    .post("/api/v1/allocations")
                    .then()
                    .statusCode(201)
                    .header("Idempotent-Replayed", "true")
                    .extract()
                    .asString();
            assertEquals(created, replayed);
        } finally {
            upstream.removeStubMapping(broken);
        }
        assertEquals(1, Db.count("select count(*) from allocation where budget_id = ?1", b));
    }

    @Test
    void startupServiceErrorMeans503AndNothingWritten() {
        UUID b = budget("USD", "1000").create();
        manager()
                .body(allocation(b, null, "COHORT", Fixtures.COHORT_FLAKY, "10", "USD"))
                .post("/api/v1/allocations")
                .then()
                .statusCode(503)
                .header("Retry-After", notNullValue());
        assertEquals(0, Db.count("select count(*) from allocation where budget_id = ?1", b));
        assertEquals(1, Db.count("select count(*) from journal_entry where budget_id = ?1", b));
    }
}
