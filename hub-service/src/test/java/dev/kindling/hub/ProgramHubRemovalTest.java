package dev.kindling.hub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.kindling.hub.Api.addHub;
import static dev.kindling.hub.Api.createHub;
import static dev.kindling.hub.Api.createProgram;
import static dev.kindling.hub.Api.manager;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Removing a hub from a program asks startup-service (WireMock) for cohorts first. */
@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(StartupServiceMock.class)
class ProgramHubRemovalTest {
    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void closeBreakers() {
        breakers.resetAll();
    }

    @Test
    void removesAHubWithoutCohorts() {
        UUID program = createProgram();
        UUID hub = createHub();
        addHub(program, hub);
        manager()
                .delete("/api/v1/programs/" + program + "/hubs/" + hub)
                .then()
                .statusCode(200)
                .body("hubs", hasSize(0));
        assertEquals(0, Db.count("select count(*) from program_hub where program_id = ?1", program));
        assertEquals(1, Db.events(program, "program.hub_removed"));
        StartupServiceMock.server()
                .verify(RequestPatternBuilder.newRequestPattern()
                        .withUrl("/api/v1/cohorts?programId=" + program + "&hubId=" + hub + "&limit=1")
                        .withHeader("Authorization", matching("Bearer .+")));
        manager().delete("/api/v1/programs/" + program + "/hubs/" + hub).then().statusCode(404);
    }

    @Test
    void refusesWhileCohortsExist() {
        UUID program = createProgram();
        UUID hub = createHub();
        addHub(program, hub);
        stub(
                program,
                aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[{\"id\":\"" + UUID.randomUUID()
                                + "\",\"name\":\"Cohort 1\"}],\"nextCursor\":null}"));
        manager()
                .delete("/api/v1/programs/" + program + "/hubs/" + hub)
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.equalTo("https://kindling.dev/problems/hub-has-cohorts"));
        assertEquals(1, Db.count("select count(*) from program_hub where program_id = ?1", program));
        assertEquals(0, Db.events(program, "program.hub_removed"));
    }

    @Test
    void answers503WhenStartupServiceFailsOrDoesNotAnswer() {
        for (var failure : new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder[] {
            aResponse().withStatus(500), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)
        }) {
            UUID program = createProgram();
            UUID hub = createHub();
            addHub(program, hub);
            stub(program, failure);
            manager()
                    .delete("/api/v1/programs/" + program + "/hubs/" + hub)
                    .then()
                    .statusCode(503)
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                    .body(
                            "type",
                            org.hamcrest.Matchers.equalTo("https://kindling.dev/problems/dependency-unavailable"));
            assertEquals(1, Db.count("select count(*) from program_hub where program_id = ?1", program));
        }
    }

    @Test
    void startupServiceIsAskedOutsideAnyTransaction() throws Exception {
        UUID program = createProgram();
        UUID hub = createHub();
        addHub(program, hub);
        stub(
                program,
                aResponse()
                        .withFixedDelay(1500)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[]}"));
        CompletableFuture<Integer> removal = CompletableFuture.supplyAsync(() ->
                manager().delete("/api/v1/programs/" + program + "/hubs/" + hub).statusCode());
        long waitingInTransaction = Db.idleInTransactionOnce(() -> !StartupServiceMock.server()
                .findAll(getRequestedFor(urlPathEqualTo("/api/v1/cohorts"))
                        .withQueryParam("programId", equalTo(program.toString())))
                .isEmpty());
        assertEquals(200, removal.get());
        assertEquals(0, waitingInTransaction, "a connection sat in a transaction while startup-service answered");
    }

    @Test
    void aCohortListThatIsNotServedIs503AndNeverTripsTheBreaker() {
        UUID program = createProgram();
        UUID hub = createHub();
        addHub(program, hub);
        stub(program, aResponse().withStatus(404));
        for (int i = 0; i < 25; i++) {
            manager()
                    .delete("/api/v1/programs/" + program + "/hubs/" + hub)
                    .then()
                    .statusCode(503)
                    .body(
                            "type",
                            org.hamcrest.Matchers.equalTo("https://kindling.dev/problems/dependency-unavailable"));
        }
        UUID other = createProgram();
        addHub(other, hub);
        manager().delete("/api/v1/programs/" + other + "/hubs/" + hub).then().statusCode(200);
        assertEquals(1, Db.count("select count(*) from program_hub where program_id = ?1", program));
    }

    private static void stub(UUID program, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        StartupServiceMock.server()
                .stubFor(get(urlPathEqualTo("/api/v1/cohorts"))
                        .withQueryParam("programId", equalTo(program.toString()))
                        .atPriority(1)
                        .willReturn(answer));
    }
}
