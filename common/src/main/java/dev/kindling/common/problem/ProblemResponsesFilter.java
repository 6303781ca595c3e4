package dev.kindling.common.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds the problem answers every operation can give (400 invalid request, 401, 403, 500), or their
 * problem+json body where the generator listed them without one (it adds 400/401/403 bare), so that
 * generated clients are typed for them; operations declare their specific ones (404, 409, 412, 422,
 * 503) themselves.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final Map<String, String> COMMON = Map.of(
            "400", "Malformed or invalid request",
            "401", "Missing or invalid bearer token",
            "403", "Role not allowed",
            "500", "Unexpected error (quote the requestId)");

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        COMMON.forEach((code, description) -> {
            APIResponse existing = operation.getResponses().getAPIResponse(code);
            if (existing == null) {
                operation.getResponses().addAPIResponse(code, problem(description));
            } else if (existing.getContent() == null) {
                existing.setContent(problem(description).getContent());
            }
        });
        return operation;
    }

    private static APIResponse problem(String description) {
        MediaType mediaType =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
