package dev.kindling.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /q/openapi is one document for the suite, merged from the services' documents and the gateway's. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class OpenApiTest {
    private static final String PROBLEM =
            "{\"type\":\"object\",\"properties\":{\"type\":{\"type\":\"string\"},\"status\":{\"type\":\"integer\"}}}";

    @BeforeEach
    void servicesServeTheirDocuments() {
        FakeServices.resetAll();
        document(FakeServices.HUB, "/api/v1/hubs", "listHubs", "Hub", "{\"type\":\"object\"}");
        document(FakeServices.STARTUP, "/api/v1/startups", "listStartups", "Startup", "{\"type\":\"object\"}");
        document(FakeServices.FUNDING, "/api/v1/budgets", "listBudgets", "Budget", "{\"type\":\"object\"}");
    }

    @Test
    void mergedDocumentHasEveryPathUniqueOperationIdsAndSharedSchemasOnce() {
        JsonPath doc = given().when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Object> paths = doc.getMap("paths");
        assertTrue(paths.keySet()
                .containsAll(List.of(
                        "/api/v1/hubs",
                        "/api/v1/startups",
                        "/api/v1/budgets",
                        "/api/v1/programs/{id}/scoreboard",
                        "/api/v1/hubs/{id}/overview")));
        List<String> ids = operationIds(doc);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate operationIds: " + ids);
        assertTrue(ids.containsAll(List.of("listHubs", "listStartups", "listBudgets", "getProgramScoreboard")));

        Map<String, Object> schemas = doc.getMap("components.schemas");
        assertTrue(schemas.keySet().containsAll(List.of("Hub", "Startup", "Budget", "Scoreboard")));
        // The services' Problem schemas are equal: one. The gateway's own differs from these test docs: renamed.
        assertEquals(Map.of("type", "string"), doc.getMap("components.schemas.Problem.properties.type"));
        assertEquals(2, doc.getMap("components.schemas.Problem.properties").size());
        assertTrue(schemas.containsKey("GatewayProblem"), "conflicting gateway Problem renamed: " + schemas.keySet());
        assertEquals(
                "#/components/schemas/GatewayProblem",
                doc.getString("paths.'/api/v1/programs/{id}/scoreboard'.get.responses.'404'.content"
                        + ".'application/problem+json'.schema.$ref"));
        // dead refuses connections; the twin replicas (FakeServices) serve no document at all
        assertEquals(Set.of("dead", "twin"), Set.copyOf(doc.getList("x-kindling-unavailable")));
    }

    @Test
    void aServiceThatIsDownIsLeftOutAndNamed() {
        FakeServices.FUNDING.resetAll();

        JsonPath doc = given().when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertTrue(doc.getList("x-kindling-unavailable").contains("funding"));
        assertTrue(doc.getString("info.description").contains("funding"));
        assertTrue(doc.getMap("paths").containsKey("/api/v1/hubs"));
        assertTrue(!doc.getMap("paths").containsKey("/api/v1/budgets"));
    }

    private static List<String> operationIds(JsonPath doc) {
        List<String> ids = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.values().forEach(item -> item.values().forEach(op -> {
            if (op.get("operationId") != null) {
                ids.add((String) op.get("operationId"));
            }
        }));
        return ids;
    }

    private static void document(WireMockServer server, String path, String operationId, String schema, String body) {
        String doc =
                """
                {"openapi":"3.1.0","info":{"title":"x","version":"1"},
                 "servers":[{"url":"http://localhost:8081"}],
                 "tags":[{"name":"%1$s"}],
                 "paths":{"%2$s":{"get":{"operationId":"%3$s","tags":["%1$s"],"responses":{
                   "200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/%1$s"}}}},
                   "400":{"content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}},
                 "components":{"schemas":{"%1$s":%4$s,"Problem":%5$s},
                   "securitySchemes":{"SecurityScheme":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}}}"""
                        .formatted(schema, path, operationId, body, PROBLEM);
        server.stubFor(get(urlPathEqualTo("/q/openapi"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(doc)));
    }
}
