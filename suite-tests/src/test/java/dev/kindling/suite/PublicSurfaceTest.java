package dev.kindling.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.kindling.common.testing.ContractCheck;
import dev.kindling.common.testing.RawHttp;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.suite.Gateway.Answer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a client of the gateway sees at the edges, with the real services behind it: every Location
 * names the gateway (never a service's own address) and leads to the resource; malformed bodies and
 * errors of the HTTP layer are problems with a request id that change nothing; the public metrics
 * name no object id; a partner learns nothing of another hub's overview.
 */
class PublicSurfaceTest extends AgainstTheSuite {
    private static final String SPARK_APAC = "00000000-0000-7000-8000-000000000201";
    private static final String SG = "00000000-0000-7000-8000-000000000101";
    private static final String SPARK_BUDGET = "00000000-0000-7000-8000-000000000701";
    private static final String MANAGER = TestTokens.manager();
    private static final String ADMIN = TestTokens.admin();

    @Test
    void everyLocationNamesTheGatewayAndLeadsToTheResource() {
        String code = "LOC"
                + Integer.toHexString(UUID.randomUUID().hashCode() & 0xfff).toUpperCase();
        created(
                ADMIN,
                "/api/v1/hubs",
                "{\"code\":\"" + code + "\",\"name\":\"Location hub\","
                        + "\"kind\":\"STARTUP_HUB\",\"country\":\"SG\",\"city\":\"Singapore\",\"region\":\"ASIA_PACIFIC\"}");
        created(
                ADMIN,
                "/api/v1/partners",
                "{\"name\":\"Location partner " + code + "\",\"kind\":\"INCUBATOR\","
                        + "\"country\":\"SG\",\"website\":\"https://" + code.toLowerCase() + ".example\"}");
        created(
                ADMIN,
                "/api/v1/programs",
                "{\"code\":\"" + code + "\",\"name\":\"Location program\","
                        + "\"kind\":\"ACCELERATOR\",\"region\":\"ASIA_PACIFIC\",\"startsOn\":\"2026-01-01\","
                        + "\"endsOn\":\"2027-12-31\"}");
        UUID cohort = created(
                MANAGER,
                "/api/v1/cohorts",
                "{\"programId\":\"" + SPARK_APAC + "\",\"hubId\":\"" + SG
                        + "\",\"name\":\"Location cohort " + code
                        + "\",\"startsOn\":\"2026-12-01\",\"endsOn\":\"2027-05-31\","
                        + "\"capacity\":5}");
        UUID startup = created(
                MANAGER,
                "/api/v1/startups",
                "{\"name\":\"Location Labs " + code + " (illustrative)\",\"country\":\"SG\",\"sector\":\"FINTECH\"}");
        created(MANAGER, "/api/v1/enrollments", "{\"startupId\":\"" + startup + "\",\"cohortId\":\"" + cohort + "\"}");
        created(
                ADMIN,
                "/api/v1/budgets",
                "{\"programId\":\"" + SPARK_APAC + "\",\"name\":\"Location budget " + code
                        + "\",\"source\":\"Huawei\",\"kind\":\"CASH\",\"startsOn\":\"2026-01-01\","
                        + "\"total\":{\"amount\":\"1000.00\",\"currency\":\"USD\"}}");
        UUID allocation = created(
                MANAGER,
                "/api/v1/allocations",
                "{\"budgetId\":\"" + SPARK_BUDGET
                        + "\",\"recipient\":{\"type\":\"HUB\",\"id\":\"" + SG + "\"},"
                        + "\"amount\":{\"amount\":\"10.00\",\"currency\":\"USD\"}}");
        created(
                MANAGER,
                "/api/v1/disbursements",
                "{\"allocationId\":\"" + allocation
                        + "\",\"amount\":{\"amount\":\"4.00\",\"currency\":\"USD\"},\"paidOn\":\"2026-11-30\","
                        + "\"externalReference\":\"PAY-" + code + "\"}");
    }

    @Test
    void aMalformedBodyThroughTheGatewayIsAProblemAndWritesNothing() {
        String list = "/api/v1/startups?limit=200&country=SG&sector=HEALTH";
        int before = gateway.get(MANAGER, list).body().path("items").size();
        String valid = "{\"name\":\"Strict Health (illustrative)\",\"country\":\"SG\",\"sector\":\"HEALTH\"}";
        for (String bad : new String[] {
            "{\"name\":\"a\"," + valid.substring(1),
            valid + " garbage",
            valid.replace("Strict Health", "Strict\\u0000Health"),
            valid.replace("Strict Health", "Strict\\ud800Health"),
        }) {
            Answer refused = gateway.post(MANAGER, "/api/v1/startups", bad);
            assertEquals(400, refused.status(), bad + " -> " + refused.raw().body());
            assertProblemWithRequestId(refused.raw());
        }
        assertEquals(before, gateway.get(MANAGER, list).body().path("items").size(), "nothing was written");
    }

    @Test
    void errorsOfTheHttpLayerAreProblemsWithARequestId() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI base = suite.gateway();
        HttpResponse<String> longUri = http.send(
                authorized(base.resolve("/api/v1/startups?cursor=" + "a".repeat(10_000)), MANAGER),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(414, longUri.statusCode());
        assertProblemWithRequestId(longUri);
        HttpResponse<String> bigToken = http.send(
                authorized(base.resolve("/api/v1/hubs"), "a".repeat(100_000)), HttpResponse.BodyHandlers.ofString());
        assertEquals(431, bigToken.statusCode());
        assertProblemWithRequestId(bigToken);
        RawHttp.Answer badEncoding =
                RawHttp.get(base.getHost(), base.getPort(), "/api/v1/startups?cursor=%%%garbage", MANAGER);
        // refused by Quarkus before any route runs (a bare 400; see HttpLimits)
        assertEquals(400, badEncoding.status(), badEncoding.head());
        for (String limit : new String[] {"abc", "1e3", "2147483648"}) {
            Answer portfolio = gateway.get(MANAGER, "/api/v1/portfolio?limit=" + limit);
            assertEquals(400, portfolio.status(), portfolio.raw().body());
            assertEquals(
                    "limit",
                    portfolio.body().path("errors").path(0).path("field").asText());
        }
    }

    @Test
    void aPartnerGetsNoOverviewOfAnotherHub() {
        Answer foreign = gateway.get(TestTokens.partner("HK"), "/api/v1/hubs/" + SG + "/overview");
        assertEquals(404, foreign.status(), foreign.raw().body());
        assertEquals("https://kindling.dev/problems/not-found", foreign.text("type"));
        Answer own = gateway.get(TestTokens.partner("SG"), "/api/v1/hubs/" + SG + "/overview");
        assertEquals(200, own.status(), own.raw().body());
        assertEquals("SG", own.body().path("hub").path("details").path("code").asText());
    }

    /**
     * The committed contract (openapi/kindling.yaml, what clients are generated from) is exactly what the
     * running suite serves; re-export it with openapi/export.sh when an API changes.
     */
    @Test
    void theServedContractIsTheCommittedOne() throws Exception {
        Path committed = Path.of(System.getProperty("user.dir"))
                .resolveSibling("openapi")
                .resolve("kindling.yaml");
        JsonNode expected = new ObjectMapper(new YAMLFactory()).readTree(committed.toFile());
        Answer served = gateway.get(MANAGER, "/q/openapi", "Accept", "application/json");
        assertEquals(200, served.status());
        List<String> differences = DocumentDiff.between(expected, served.body());
        assertTrue(
                differences.isEmpty(),
                differences.size() + " differences between " + committed
                        + " and the served document (re-export with openapi/export.sh):\n"
                        + String.join("\n", differences.subList(0, Math.min(30, differences.size()))));
    }

    /**
     * Every operation of the committed document reaches a service through the gateway: asked with
     * fresh ids and no body, each answers something (a 404 for the unknown id, a 400, a 428), never the
     * "nothing is served at this path" of a route the gateway does not know (the approval queue was
     * missing from the gateway's routes until its request examples were sent through it).
     */
    @Test
    void everyDocumentedOperationIsRoutedByTheGateway() throws Exception {
        JsonNode document = ContractCheck.committed().document();
        HttpClient http = HttpClient.newHttpClient();
        List<String> unrouted = new java.util.ArrayList<>();
        int asked = 0;
        for (var path : document.path("paths").properties()) {
            String concrete =
                    path.getKey().replaceAll("\\{[^/}]+}", UUID.randomUUID().toString());
            for (var method : path.getValue().properties()) {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(suite.gateway().resolve(concrete))
                                .header("Authorization", "Bearer " + ADMIN)
                                .method(
                                        method.getKey().toUpperCase(java.util.Locale.ROOT),
                                        HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                asked++;
                if (answer.statusCode() == 404 && answer.body().contains("Nothing is served at this path")) {
                    unrouted.add(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        assertTrue(asked > 80, "asked " + asked);
        assertEquals(List.of(), unrouted);
    }

    /** The gateway's /q/metrics is public: after requests for real ids, none of them is in it. */
    @Test
    void thePublicMetricsNameRoutesNotIds() throws Exception {
        String unknown = UUID.randomUUID().toString();
        assertEquals(200, gateway.get(MANAGER, "/api/v1/hubs/" + SG).status());
        assertEquals(
                200, gateway.get(MANAGER, "/api/v1/budgets/" + SPARK_BUDGET).status());
        assertEquals(404, gateway.get(MANAGER, "/api/v1/startups/" + unknown).status());
        String metrics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(suite.gateway().resolve("/q/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        for (String id : List.of(SG, SPARK_BUDGET, unknown)) {
            assertFalse(metrics.contains(id), id + " is in the public metrics");
        }
        assertTrue(metrics.contains("uri=\"/api/v1/hubs/{id}\""), "no series for the hub route");
        assertTrue(metrics.contains("uri=\"/api/v1/budgets/{id}\""), "no series for the budget route");
    }

    /** A 201 whose Location is the gateway's address of the new resource, which answers 200 with it. */
    private static UUID created(String token, String path, String body) {
        Answer answer = gateway.post(token, path, body);
        assertEquals(201, answer.status(), path + ": " + answer.raw().body());
        String location = answer.raw().headers().firstValue("Location").orElseThrow();
        String expected = suite.gateway() + path + "/" + answer.id();
        assertEquals(expected, location, path + " answered a Location outside the gateway");
        Answer followed = gateway.get(token, URI.create(location).getPath());
        assertEquals(200, followed.status(), location + ": " + followed.raw().body());
        assertEquals(answer.id(), followed.id());
        return answer.id();
    }

    private static HttpRequest authorized(URI uri, String token) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .build();
    }

    private static void assertProblemWithRequestId(HttpResponse<String> response) {
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
        assertTrue(response.body().contains("\"requestId\""), response.body());
        assertTrue(response.headers().firstValue("X-Request-Id").isPresent(), "no X-Request-Id header");
    }
}
