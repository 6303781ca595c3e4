package dev.kindling.common.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares in the OpenAPI document the headers and answers that the suite's conventions give every
 * operation of a kind, so that generated clients can read them without raw header maps: {@code
 * Location} on every 201, {@code ETag} on reads of one resource and on writes that answer one,
 * {@code Idempotent-Replayed} on POSTs, {@code If-Match} required where a 428 says so and 412 where it
 * is taken, 406 on reads, 415 on bodies, 429 with {@code Retry-After} and {@code RateLimit-*} (the
 * gateway's limits), and the gateway's 502/503/504 with {@code Retry-After}. One place, so every new
 * resource of every service is declared the same way.
 */
final class ContractHeaders {
    private static final String IF_MATCH = "If-Match";

    private ContractHeaders() {}

    static void declare(String path, PathItem item) {
        item.getOperations().forEach((method, operation) -> {
            if (operation.getResponses() == null) {
                return;
            }
            APIResponses responses = operation.getResponses();
            boolean oneResource = path.endsWith("}");
            switch (method) {
                case GET -> {
                    add(responses, "406", "The Accept header asks for something this operation does not give");
                    if (oneResource) {
                        header(responses.getAPIResponse("200"), "ETag", "The version, for If-Match", string());
                    }
                }
                case POST -> {
                    responses.getAPIResponses().forEach((code, response) -> {
                        if (code.startsWith("2")) {
                            header(
                                    response,
                                    "Idempotent-Replayed",
                                    "true when the answer is replayed for an Idempotency-Key already used",
                                    string());
                        }
                    });
                }
                default -> {}
            }
            if (operation.getRequestBody() != null) {
                add(responses, "415", "The body is not application/json");
            }
            for (String code : new String[] {"201", "202"}) {
                APIResponse created = responses.getAPIResponse(code);
                if (created != null) {
                    header(created, "Location", "The new resource's address at the gateway", string().format("uri"));
                    header(created, "ETag", "The version of the new resource, for If-Match", string());
                }
            }
            ifMatch(operation, responses);
            APIResponse limited =
                    add(responses, "429", "Too many requests from this caller (the gateway's rate limit)");
            header(limited, "Retry-After", "Seconds to wait before trying again", integer());
            rateLimit(limited);
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2")) {
                    rateLimit(response);
                }
            });
            header(
                    add(responses, "502", "The gateway could not reach the service"),
                    "Retry-After",
                    "Seconds to wait",
                    integer());
            APIResponse unavailable =
                    add(responses, "503", "A service this request needs did not answer; nothing was written");
            header(unavailable, "Retry-After", "Seconds to wait", integer());
            add(responses, "504", "The service behind the gateway did not answer in time");
        });
    }

    /** If-Match is required where the operation answers 428 without it; 412 wherever it is taken. */
    private static void ifMatch(Operation operation, APIResponses responses) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                if (responses.getAPIResponse("428") != null) {
                    parameter.setRequired(true);
                }
                add(responses, "412", "If-Match names a version that is no longer current");
            }
        }
    }

    private static void rateLimit(APIResponse response) {
        header(response, "RateLimit-Limit", "Requests allowed in the window (set by the gateway)", integer());
        header(response, "RateLimit-Remaining", "Requests left in the window (set by the gateway)", integer());
        header(response, "RateLimit-Reset", "Seconds until the window resets (set by the gateway)", integer());
    }

    private static APIResponse add(APIResponses responses, String code, String description) {
        APIResponse response = responses.getAPIResponse(code);
        if (response == null) {
            response = OASFactory.createAPIResponse()
                    .description(description)
                    .content(ProblemResponsesFilter.problemContent());
            responses.addAPIResponse(code, response);
        }
        return response;
    }

    private static void header(APIResponse response, String name, String description, Schema schema) {
        if (response == null) {
            return;
        }
        Map<String, Header> headers = response.getHeaders();
        if (headers == null || !headers.containsKey(name)) {
            response.addHeader(
                    name, OASFactory.createHeader().description(description).schema(schema));
        }
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema integer() {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER);
    }
}
