package dev.kindling.funding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * hub-service and startup-service simulated by one WireMock server: the programs, cohorts and
 * enrollments of {@link Fixtures}, answered only to a request that carries the caller's bearer token
 * (as the real services do); everything else is 404. Tests reach the server through its
 * admin API ({@link #client()}) to simulate failures.
 */
public class HubAndStartupServiceMock implements QuarkusTestResourceLifecycleManager {
    static final String URL_PROPERTY = "quarkus.rest-client.hub-service.url";
    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(80));
        server.start();
        defaults(server);
        String url = server.baseUrl();
        return Map.of(URL_PROPERTY, url, "quarkus.rest-client.startup-service.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static void defaults(WireMockServer s) {
        s.stubFor(get("/api/v1/programs/" + Fixtures.PROGRAM)
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson(
                        program(Fixtures.PROGRAM, "TEST", hub(Fixtures.HUB_SG, "SG"), hub(Fixtures.HUB_HK, "HK")))));
        s.stubFor(get("/api/v1/programs/" + Fixtures.OTHER_PROGRAM)
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson(program(Fixtures.OTHER_PROGRAM, "OTHER", hub(Fixtures.HUB_MY, "MY")))));
        s.stubFor(get("/api/v1/programs/" + Fixtures.FLAKY_PROGRAM)
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson(program(Fixtures.FLAKY_PROGRAM, "FLAKY", hub(Fixtures.HUB_SG, "SG")))));
        s.stubFor(get("/api/v1/cohorts/" + Fixtures.COHORT_SG)
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson(cohort(Fixtures.COHORT_SG, Fixtures.PROGRAM, Fixtures.HUB_SG, "SG"))));
        s.stubFor(get("/api/v1/cohorts/" + Fixtures.COHORT_OTHER)
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson(cohort(Fixtures.COHORT_OTHER, Fixtures.OTHER_PROGRAM, Fixtures.HUB_MY, "MY"))));
        s.stubFor(get("/api/v1/cohorts/" + Fixtures.COHORT_FLAKY)
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(503)));
        s.stubFor(
                get("/api/v1/startups/" + Fixtures.STARTUP_OK)
                        .withHeader("Authorization", matching("Bearer .+"))
                        .willReturn(
                                okJson(
                                        "{\"id\":\"" + Fixtures.STARTUP_OK
                                                + "\",\"name\":\"Gecko Robotics, \\\"Pte\\\" Ltd\",\"country\":\"HK\",\"illustrative\":false}")));
        s.stubFor(get(urlPathEqualTo("/api/v1/enrollments"))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson("{\"items\":[]}")));
        s.stubFor(get(urlPathEqualTo("/api/v1/enrollments"))
                .withQueryParam("startupId", equalTo(Fixtures.STARTUP_OK.toString()))
                .withQueryParam("programId", equalTo(Fixtures.PROGRAM.toString()))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson("{\"items\":[{\"id\":\"" + UUID.randomUUID() + "\",\"startupId\":\""
                        + Fixtures.STARTUP_OK + "\",\"cohortId\":\"" + UUID.randomUUID() + "\",\"programId\":\""
                        + Fixtures.PROGRAM + "\",\"hubId\":\"" + Fixtures.HUB_HK
                        + "\",\"hubCode\":\"HK\",\"status\":\"ACCEPTED\",\"appliedOn\":\"2024-01-01\"}]}")));
    }

    private static String program(UUID id, String code, String... hubs) {
        return "{\"id\":\"" + id + "\",\"code\":\"" + code + "\",\"name\":\"" + code
                + " program\",\"kind\":\"ACCELERATOR\"," + "\"archived\":false,\"targets\":[],\"hubs\":["
                + String.join(",", hubs) + "]}";
    }

    private static String hub(UUID id, String code) {
        return "{\"hubId\":\"" + id + "\",\"hubCode\":\"" + code + "\",\"status\":\"ACTIVE\"}";
    }

    /** A cohort; the one at SG is a demo (illustrative) cohort, for the open-data export. */
    private static String cohort(UUID id, UUID program, UUID hub, String hubCode) {
        return "{\"id\":\"" + id + "\",\"programId\":\"" + program + "\",\"hubId\":\"" + hub + "\",\"hubCode\":\""
                + hubCode + "\",\"name\":\"Cohort " + hubCode + "\",\"capacity\":20,\"illustrative\":"
                + id.equals(Fixtures.COHORT_SG) + "}";
    }
}
