package dev.kindling.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kindling.common.testing.ContractCheck;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.suite.Gateway.Answer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The worked examples the contract gives for request bodies are requests that work: each is valid
 * against its own schema, and each, sent through the real gateway to the demo data's resources (a PUT
 * with the ETag just read), is taken (2xx) or refused only for the state the demo data is in (409, 412)
 * or for who asks (403), never as malformed or invalid. Every answer is also held against the contract by {@link Gateway}.
 */
class RequestExamplesTest extends AgainstTheSuite {
    private static final String ADMIN = TestTokens.admin();
    /**
     * The demo data's ids for path parameters; the Thai hub and the second allocation rather than the
     * ones other examples use, so that closing and cancelling them leaves the rest to act on.
     */
    private static final Map<String, String> DEMO_IDS = demoIds();

    /** Refusals for the state of the demo data (409, 412) or for who asks (403: only the requester cancels). */
    private static final Set<Integer> REFUSED_FOR_STATE = Set.of(403, 409, 412);

    @Test
    void everyRequestExampleIsValidAndTakenByTheServices() {
        ContractCheck contract = ContractCheck.committed();
        List<String> problems = new ArrayList<>();
        int examples = 0;
        int taken = 0;
        for (Map.Entry<String, JsonNode> path :
                contract.document().path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode media =
                        method.getValue().path("requestBody").path("content").path("application/json");
                if (media.isMissingNode()) {
                    continue;
                }
                String verb = method.getKey().toUpperCase();
                String concrete = concrete(path.getKey());
                JsonNode example = media.path("examples").path("demo").path("value");
                if (example.isMissingNode()) {
                    problems.add(verb + " " + path.getKey() + ": no example");
                    continue;
                }
                examples++;
                problems.addAll(contract.requestViolations(verb, concrete, example));
                Answer answer;
                if ("PUT".equals(verb)) {
                    answer = gateway.put(ADMIN, concrete, example.toString(), etagOf(concrete));
                } else if (needsIfMatch(method.getValue())) {
                    // an action on a resource's version: the resource is the path without its last segment
                    String resource = concrete.substring(0, concrete.lastIndexOf('/'));
                    answer = gateway.postIfMatch(ADMIN, concrete, example.toString(), etagOf(resource));
                } else {
                    answer = gateway.post(ADMIN, concrete, example.toString());
                }
                if (answer.status() / 100 == 2) {
                    taken++;
                } else if (!REFUSED_FOR_STATE.contains(answer.status())) {
                    problems.add(
                            verb + " " + concrete + " " + example + " -> " + answer.status() + " " + answer.body());
                }
            }
        }
        System.out.printf(
                "request examples: %d, taken %d, the rest refused for the demo data's state%n", examples, taken);
        assertEquals(List.of(), problems);
        assertTrue(taken * 2 > examples, "most examples are taken as they stand: " + taken + " of " + examples);
    }

    private static Map<String, String> demoIds() {
        Map<String, String> ids = new HashMap<>(DemoIds.BY_COLLECTION);
        ids.put("hubs", "00000000-0000-7000-8000-000000000104");
        ids.put("allocations", "00000000-0000-7000-8000-000000000802");
        return ids;
    }

    private static String etagOf(String path) {
        return gateway.get(ADMIN, path).raw().headers().firstValue("ETag").orElse("\"0\"");
    }

    private static boolean needsIfMatch(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if ("If-Match".equalsIgnoreCase(parameter.path("name").asText())
                    && parameter.path("required").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    /** The path with every {param} replaced by the demo id of the collection it follows. */
    private static String concrete(String template) {
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                String id = DEMO_IDS.get(segments[i - 1]);
                if (id == null) {
                    throw new IllegalStateException("No demo id for the parameter after " + segments[i - 1]);
                }
                segments[i] = id;
            }
        }
        return String.join("/", segments);
    }
}
