package dev.kindling.hub;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.KindlingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operation of the document is typed end to end: id, summary, success schema, problem answers. */
@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdASummaryAndProblemAnswers() {
        Map<String, Object> paths = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        List<String> ids = new ArrayList<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
            if (!(value instanceof Map) || path.startsWith("/test-probe")) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            String where = method + " " + path;
            assertNotNull(operation.get("operationId"), where);
            assertNotNull(operation.get("summary"), where);
            ids.add((String) operation.get("operationId"));
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertTrue(responses.containsKey("401") && responses.containsKey("403"), where + " " + responses.keySet());
            responses.forEach((status, response) -> {
                Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) response).get("content");
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertNotNull(content, where + " " + status);
                    assertTrue(content.containsKey("application/problem+json"), where + " " + status);
                } else if (!status.equals("204")) {
                    assertNotNull(content, where + " " + status + " has a schema");
                }
            });
        }));
        assertFalse(ids.isEmpty());
        assertEquals(ids.size(), ids.stream().distinct().count(), "operationIds are unique");
        assertTrue(ids.containsAll(List.of("createHub", "listPrograms", "removeProgramHub", "listHubPartners")));
    }

    /**
     * The document is as strict as the server and no stricter: patterns are anchored, except @NotBlank's
     * "a non-space somewhere" ({@code \\S}), which anchored would allow one character only.
     */
    @Test
    void patternsSayWhatTheServerChecks() {
        var hub = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String at = "components.schemas.HubCreate.properties.";
        assertEquals("^[A-Z0-9]+(-[A-Z0-9]+)*$", hub.getString(at + "code.pattern"));
        assertEquals("\\S", hub.getString(at + "name.pattern"));
        Api.create("/api/v1/hubs", Api.with(Api.hub(), "name", "A name of many characters"));
    }
}
