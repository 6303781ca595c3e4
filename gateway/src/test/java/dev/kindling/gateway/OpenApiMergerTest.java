package dev.kindling.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kindling.gateway.openapi.OpenApiMerger;
import dev.kindling.gateway.openapi.OpenApiMerger.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge rules on their own: shared components once, clashes renamed with their references. */
class OpenApiMergerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void equalSchemasAreSharedAndDifferentOnesRenamedWithTheirReferences() throws Exception {
        ObjectNode hub = doc(
                "/api/v1/hubs",
                "listHubs",
                """
                "Money":{"type":"object","properties":{"amount":{"type":"string"}}},
                "Hub":{"type":"object","properties":{"budget":{"$ref":"#/components/schemas/Money"}}}""",
                "Hub");
        ObjectNode funding = doc(
                "/api/v1/budgets",
                "listBudgets",
                """
                "Money":{"type":"object","properties":{"amount":{"type":"number"}}},
                "Budget":{"type":"object","properties":{"total":{"$ref":"#/components/schemas/Money"}}}""",
                "Budget");
        ObjectNode startup = doc(
                "/api/v1/startups",
                "listStartups",
                """
                "Money":{"type":"object","properties":{"amount":{"type":"string"}}},
                "Startup":{"type":"object"}""",
                "Startup");

        ObjectNode gateway = doc("/x", "x", "", null);
        gateway.putArray("servers").addObject().put("url", "https://gateway.example");
        ObjectNode merged = OpenApiMerger.merge(
                gateway,
                List.of(new Source("funding", funding), new Source("hub", hub), new Source("startup", startup)));

        ObjectNode schemas = (ObjectNode) merged.path("components").path("schemas");
        assertEquals(
                "number",
                schemas.path("Money")
                        .path("properties")
                        .path("amount")
                        .path("type")
                        .asText());
        assertEquals(
                "string",
                schemas.path("HubMoney")
                        .path("properties")
                        .path("amount")
                        .path("type")
                        .asText());
        assertEquals(
                "#/components/schemas/HubMoney",
                schemas.path("Hub")
                        .path("properties")
                        .path("budget")
                        .path("$ref")
                        .asText());
        assertEquals(
                "#/components/schemas/Money",
                schemas.path("Budget")
                        .path("properties")
                        .path("total")
                        .path("$ref")
                        .asText());
        // startup's Money equals hub's (renamed) one but clashes with the kept one: it gets its own name
        assertTrue(schemas.has("StartupMoney"));
        // the servers are the gateway's (public), never a service's own address
        assertEquals(1, merged.path("servers").size());
        assertEquals(
                "https://gateway.example",
                merged.path("servers").path(0).path("url").asText());
        assertFalse(merged.path("servers").path(0).path("x-internal").asBoolean(true));
    }

    @Test
    void aSchemaReferringToARenamedOneIsRenamedToo() throws Exception {
        ObjectNode first = doc(
                "/a",
                "a",
                """
                "Money":{"type":"string"},"Line":{"type":"object","properties":{"m":{"$ref":"#/components/schemas/Money"}}}""",
                "Line");
        ObjectNode second = doc(
                "/b",
                "b",
                """
                "Money":{"type":"number"},"Line":{"type":"object","properties":{"m":{"$ref":"#/components/schemas/Money"}}}""",
                "Line");

        ObjectNode merged = OpenApiMerger.merge(
                doc("/x", "x", "", null), List.of(new Source("first", first), new Source("second", second)));

        ObjectNode schemas = (ObjectNode) merged.path("components").path("schemas");
        assertEquals(
                "#/components/schemas/SecondMoney",
                schemas.path("SecondLine")
                        .path("properties")
                        .path("m")
                        .path("$ref")
                        .asText());
        assertEquals(
                "#/components/schemas/SecondLine",
                merged.path("paths")
                        .path("/b")
                        .path("get")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText());
    }

    @Test
    void duplicateOperationIdsAreMadeUniqueAndMissingSourcesNamed() throws Exception {
        ObjectNode one = doc("/api/v1/hubs", "list", "", null);
        ObjectNode two = doc("/api/v1/startups", "list", "", null);

        ObjectNode merged = OpenApiMerger.merge(
                doc("/x", "x", "", null),
                List.of(new Source("hub", one), new Source("startup", two), new Source("funding", null)));

        assertEquals(
                "list",
                merged.path("paths")
                        .path("/api/v1/hubs")
                        .path("get")
                        .path("operationId")
                        .asText());
        assertEquals(
                "startupList",
                merged.path("paths")
                        .path("/api/v1/startups")
                        .path("get")
                        .path("operationId")
                        .asText());
        assertEquals("funding", merged.path("x-kindling-unavailable").path(0).asText());
    }

    private static ObjectNode doc(String path, String operationId, String schemas, String responseSchema)
            throws Exception {
        String response = responseSchema == null
                ? "{}"
                : "{\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/" + responseSchema
                        + "\"}}}}";
        return (ObjectNode) JSON.readTree(
                """
                {"openapi":"3.1.0","info":{"title":"t","version":"1"},"servers":[{"url":"http://x"}],
                 "paths":{"%s":{"get":{"operationId":"%s","responses":{"200":%s}}}},
                 "components":{"schemas":{%s}}}"""
                        .formatted(path, operationId, response, schemas));
    }
}
