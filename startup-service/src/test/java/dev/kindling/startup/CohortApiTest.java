package dev.kindling.startup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.kindling.startup.Api.as;
import static dev.kindling.startup.Api.cohortJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.startup.HubStubs.Hub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubServiceMock.class)
class CohortApiTest {
    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    @Test
    void createsACohortWithTheHubCodeFromHubService() {
        Hub hub = Hub.active("SG");
        UUID programId = Api.program(hub, Hub.active("HK"));
        Response created = as(TestTokens.manager())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(cohortJson(programId, hub.id(), "Spark SG spring", 5))
                .post("/api/v1/cohorts");
        created.then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("programId", equalTo(programId.toString()))
                .body("hubId", equalTo(hub.id().toString()))
                .body("hubCode", equalTo("SG"))
                .body("name", equalTo("Spark SG spring"))
                .body("capacity", equalTo(5))
                .body("seatsTaken", equalTo(0));
        UUID id = UUID.fromString(created.jsonPath().getString("id"));
        HubServiceMock.server()
                .verify(getRequestedFor(urlPathEqualTo("/api/v1/programs/" + programId))
                        .withHeader("Authorization", matching("Bearer .+")));
        assertEquals("SG", Db.single("select hub_code from cohort where id = ?1", id));
        assertEquals(1, Db.count("select count(*) from outbox where aggregate_id = ?1", id));

        as(TestTokens.viewer())
                .get("/api/v1/cohorts/" + id)
                .then()
                .statusCode(200)
                .body("hubCode", equalTo("SG"));
        as(TestTokens.viewer())
                .queryParam("programId", programId.toString())
                .queryParam("hubId", hub.id().toString())
                .queryParam("limit", 1)
                .get("/api/v1/cohorts")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id.toString()));
        as(TestTokens.manager())
                .body(cohortJson(programId, hub.id(), "spark sg SPRING", 5))
                .post("/api/v1/cohorts")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/duplicate"));
    }

    @Test
    void aReplayAnswersFromStoreEvenWhenHubServiceIsDown() {
        Hub hub = Hub.active("HK");
        UUID programId = Api.program(hub);
        String key = UUID.randomUUID().toString();
        String body = cohortJson(programId, hub.id(), "replayed", 4);
        Response first = as(TestTokens.manager())
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/cohorts");
        first.then().statusCode(201);
        HubStubs.respond("/api/v1/programs/" + programId, aResponse().withStatus(503));
        Response again = as(TestTokens.manager())
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/cohorts");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), again.asString());
        assertEquals(1L, Db.count("select count(*) from cohort where program_id = ?1", programId));
    }

    @Test
    void partnersSeeOnlyTheirHubsCohortsAndCannotCreate() {
        Hub sg = Hub.active("SG");
        Hub hk = Hub.active("HK");
        UUID programId = Api.program(sg, hk);
        UUID inSg = Api.cohort(programId, sg, 3);
        UUID inHk = Api.cohort(programId, hk, 3);
        String partner = TestTokens.partner("SG");
        as(partner).get("/api/v1/cohorts/" + inSg).then().statusCode(200);
        as(partner).get("/api/v1/cohorts/" + inHk).then().statusCode(404);
        as(partner)
                .queryParam("programId", programId.toString())
                .get("/api/v1/cohorts")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(inSg.toString()))
                .body("items.id", not(hasItem(inHk.toString())));
        as(partner)
                .body(cohortJson(programId, sg.id(), "x", 1))
                .post("/api/v1/cohorts")
                .then()
                .statusCode(403);
        as(TestTokens.viewer())
                .body(cohortJson(programId, sg.id(), "x", 1))
                .post("/api/v1/cohorts")
                .then()
                .statusCode(403);
    }

    @Test
    void unknownProgramIs422() {
        UUID programId = UUID.randomUUID();
        HubStubs.respond("/api/v1/programs/" + programId, HubStubs.notFound());
        refused(programId, UUID.randomUUID(), 422, "invalid-reference", "programId");
    }

    @Test
    void archivedProgramIs422() {
        Hub hub = Hub.active("SG");
        UUID programId = UUID.randomUUID();
        HubStubs.program(programId, "OLD", true, hub);
        refused(programId, hub.id(), 422, "ineligible-reference", "programId");
    }

    @Test
    void hubNotRunningTheProgramIs422() {
        UUID programId = Api.program(Hub.active("SG"));
        refused(programId, UUID.randomUUID(), 422, "ineligible-reference", "hubId");
    }

    @Test
    void closedHubIs422AndPlannedHubIsFine() {
        Hub closed = new Hub(UUID.randomUUID(), "PAR-OPENLAB", "CLOSED");
        Hub planned = new Hub(UUID.randomUUID(), "VN", "PLANNED");
        UUID programId = Api.program(closed, planned);
        refused(programId, closed.id(), 422, "ineligible-reference", "hubId");
        as(TestTokens.admin())
                .body(cohortJson(programId, planned.id(), "Vietnam first", 2))
                .post("/api/v1/cohorts")
                .then()
                .statusCode(201)
                .body("hubCode", equalTo("VN"));
    }

    @Test
    void unknownHubIs422() {
        Hub ghost = Hub.active("GHOST");
        UUID programId = UUID.randomUUID();
        HubStubs.program(programId, "P", false, ghost);
        HubStubs.respond("/api/v1/hubs/" + ghost.id(), HubStubs.notFound());
        refused(programId, ghost.id(), 422, "invalid-reference", "hubId");
    }

    @Test
    void hubServiceErrorIs503AfterTheRetriesConfiguredForThisClient() {
        UUID programId = UUID.randomUUID();
        HubStubs.respond(
                "/api/v1/programs/" + programId, aResponse().withStatus(500).withBody("boom"));
        refused(programId, UUID.randomUUID(), 503, "dependency-unavailable", null);
        int retries = ConfigProvider.getConfig()
                .getValue(
                        "quarkus.fault-tolerance.\"dev.kindling.startup.client.HubServiceClient\".retry.max-retries",
                        Integer.class);
        int global =
                ConfigProvider.getConfig().getValue("quarkus.fault-tolerance.global.retry.max-retries", Integer.class);
        assertNotEquals(global, retries, "the per-client setting must differ from the default to prove it wins");
        assertEquals(
                1 + retries,
                HubServiceMock.server()
                        .findAll(getRequestedFor(urlPathEqualTo("/api/v1/programs/" + programId)))
                        .size());
    }

    @Test
    void hubServiceIsAskedOutsideAnyTransaction() throws Exception {
        Hub hub = Hub.active("SG");
        UUID programId = UUID.randomUUID();
        HubStubs.program(programId, "SLOWISH", false, hub);
        HubStubs.respond(
                "/api/v1/programs/" + programId,
                HubStubs.json("{\"id\":\"" + programId
                                + "\",\"code\":\"SLOWISH\",\"archived\":false,\"hubs\":[{\"hubId\":\"" + hub.id()
                                + "\",\"hubCode\":\"SG\",\"status\":\"ACTIVE\"}]}")
                        .withFixedDelay(300));
        CompletableFuture<Integer> created = CompletableFuture.supplyAsync(() -> as(TestTokens.manager())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(cohortJson(programId, hub.id(), "Outside the transaction", 3))
                .post("/api/v1/cohorts")
                .statusCode());
        long waitingInTransaction = Db.idleInTransactionOnce(() -> !HubServiceMock.server()
                .findAll(getRequestedFor(urlPathEqualTo("/api/v1/programs/" + programId)))
                .isEmpty());
        assertEquals(201, created.get());
        assertEquals(0, waitingInTransaction, "a connection sat in a transaction while hub-service answered");
    }

    @Test
    void slowHubServiceIs503() {
        Hub hub = Hub.active("SG");
        UUID programId = UUID.randomUUID();
        HubStubs.program(programId, "P", false, hub);
        HubStubs.respond(
                "/api/v1/programs/" + programId,
                HubStubs.json("{\"id\":\"" + programId + "\",\"hubs\":[]}").withFixedDelay(1500));
        refused(programId, hub.id(), 503, "dependency-unavailable", null);
    }

    @Test
    void connectionResetIs503() {
        UUID programId = UUID.randomUUID();
        HubStubs.respond("/api/v1/programs/" + programId, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        refused(programId, UUID.randomUUID(), 503, "dependency-unavailable", null);
    }

    @Test
    void endBeforeStartIs400() {
        Hub hub = Hub.active("SG");
        UUID programId = Api.program(hub);
        as(TestTokens.manager())
                .body("{\"programId\":\"" + programId + "\",\"hubId\":\"" + hub.id()
                        + "\",\"name\":\"n\",\"startsOn\":\"2025-05-01\",\"endsOn\":\"2025-04-01\",\"capacity\":3}")
                .post("/api/v1/cohorts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endsOn"));
        as(TestTokens.manager())
                .body(cohortJson(programId, hub.id(), "zero", 0))
                .post("/api/v1/cohorts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("capacity"));
    }

    @Test
    void unknownCohortIs404() {
        given().auth()
                .oauth2(TestTokens.viewer())
                .get("/api/v1/cohorts/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    private static void refused(UUID programId, UUID hubId, int status, String slug, String field) {
        long cohorts = Db.count("select count(*) from cohort");
        long events = Db.count("select count(*) from outbox");
        var then = as(TestTokens.manager())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(cohortJson(programId, hubId, "refused", 3))
                .post("/api/v1/cohorts")
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kindling.dev/problems/" + slug));
        if (status == 503) {
            then.header("Retry-After", equalTo("5"));
        } else {
            then.body("errors[0].field", equalTo(field));
        }
        assertEquals(cohorts, Db.count("select count(*) from cohort"));
        assertEquals(events, Db.count("select count(*) from outbox"));
        assertEquals(0L, Db.count("select count(*) from cohort where program_id = ?1", programId));
    }
}
