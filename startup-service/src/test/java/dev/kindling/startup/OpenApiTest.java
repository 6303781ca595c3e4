package dev.kindling.startup;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.KindlingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every API operation is typed for generated clients: operationId, summary, success and problem schemas. */
@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubServiceMock.class)
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdASummaryAndProblemAnswers() {
        JsonPath doc = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                String where = op.getKey() + " " + path.getKey();
                Map<String, Object> operation = op.getValue();
                String id = (String) operation.get("operationId");
                assertNotNull(id, where);
                assertTrue(ids.add(id), "duplicate operationId " + id);
                assertNotNull(operation.get("summary"), where);
                Map<String, Map<String, Object>> responses =
                        (Map<String, Map<String, Object>>) operation.get("responses");
                assertTrue(
                        responses.keySet().stream().anyMatch(code -> code.startsWith("2")), where + " has no success");
                for (String code : List.of("400", "401", "403")) {
                    Map<String, Object> content =
                            (Map<String, Object>) responses.get(code).get("content");
                    assertNotNull(content.get("application/problem+json"), where + " " + code);
                }
                operations++;
            }
        }
        assertEquals(50, operations);
        assertFalse(ids.contains(null));
        assertTrue(ids.containsAll(List.of(
                "createStartup",
                "listStartups",
                "createCohort",
                "listCohorts",
                "createEnrollment",
                "listEnrollments",
                "acceptEnrollment",
                "listEnrollmentHistory",
                "getStartupStats",
                "listScaleupCandidates",
                "getScaleupAssessment")));
    }
}
