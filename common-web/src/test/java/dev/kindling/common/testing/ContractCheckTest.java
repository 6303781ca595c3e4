package dev.kindling.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The contract check that every API test's answers pass through finds what it is there to find:
 * planted drifts (an undeclared status, a field left out or renamed, a wrong type, a missing required
 * header, an undeclared content type) against the committed document.
 */
class ContractCheckTest {
    private static final String HUB_PATH = "/api/v1/hubs/00000000-0000-7000-8000-000000000101";
    private static final String HUB = "{\"id\":\"00000000-0000-7000-8000-000000000101\",\"code\":\"SG\","
            + "\"name\":\"Singapore\",\"kind\":\"STARTUP_HUB\",\"country\":\"SG\",\"region\":\"ASIA_PACIFIC\","
            + "\"status\":\"ACTIVE\",\"archived\":false,\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"updatedAt\":\"2026-01-01T00:00:00Z\"}";
    private final ContractCheck contract = ContractCheck.committed();

    private static UnaryOperator<String> headers(Map<String, String> values) {
        return name -> values.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static final UnaryOperator<String> JSON_WITH_ETAG =
            headers(Map.of("Content-Type", "application/json", "ETag", "\"3\""));

    private List<String> hubAnswer(int status, UnaryOperator<String> header, String body) {
        return contract.violations("GET", HUB_PATH, status, header, body);
    }

    @Test
    void aConformingAnswerPasses() {
        assertEquals(List.of(), hubAnswer(200, JSON_WITH_ETAG, HUB));
        assertEquals(
                List.of(),
                hubAnswer(200, JSON_WITH_ETAG, HUB.replace("\"region\"", "\"city\":\"Singapore\",\"region\"")));
    }

    @Test
    void plantedDriftsAreFound() {
        assertTrue(hubAnswer(418, JSON_WITH_ETAG, "").get(0).contains("status not declared"));
        assertTrue(
                String.join("\n", hubAnswer(200, JSON_WITH_ETAG, HUB.replace("\"code\"", "\"hubCode\"")))
                        .contains("code"),
                "a renamed field: the required one is missing");
        assertFalse(hubAnswer(200, JSON_WITH_ETAG, HUB.replace("\"archived\":false", "\"archived\":\"no\""))
                .isEmpty());
        assertFalse(hubAnswer(200, JSON_WITH_ETAG, HUB.replace("\"ACTIVE\"", "\"OPEN\""))
                .isEmpty());
        assertTrue(hubAnswer(200, headers(Map.of("Content-Type", "application/json")), HUB)
                .get(0)
                .contains("required header ETag missing"));
        assertTrue(hubAnswer(200, headers(Map.of("Content-Type", "text/csv", "ETag", "\"3\"")), "a,b")
                .get(0)
                .contains("content type 'text/csv' not declared"));
        assertThrows(AssertionError.class, () -> contract.check("GET", HUB_PATH, 418, JSON_WITH_ETAG, ""));
    }

    @Test
    void pathsTheDocumentDoesNotDescribeAreNotJudged() {
        assertEquals(List.of(), contract.violations("GET", "/q/health", 200, JSON_WITH_ETAG, "{}"));
    }
}
