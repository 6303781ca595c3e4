package dev.kindling.common.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Gives every operation its problem answers, so generated clients are typed for them: the ones every
 * operation can give (400 invalid request, 401, 403, 500) are added, and every 4xx/5xx answer an
 * operation declares (with {@code @APIResponse(responseCode = "409", description = …)}, no content)
 * gets the application/problem+json {@link Problem} body. Resources name only their specific answers.
 * The headers and answers of the suite's conventions are declared by {@link ContractHeaders}, request
 * bodies get their worked examples from {@link RequestExamples}, and the
 * licence carries its SPDX identifier (OpenAPI 3.1), which openapi-generator's validation requires.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final Map<String, String> COMMON = Map.of(
            "400", "Malformed or invalid request",
            "401", "Missing or invalid bearer token",
            "403", "Role not allowed",
            "500", "Unexpected error (quote the requestId)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach(ContractHeaders::declare);
            RequestExamples examples = RequestExamples.load();
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                    .values()
                    .forEach(examples::apply));
        }
        ContractHeaders.components(openAPI);
        SchemaRules.apply(openAPI);
        if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() != null) {
            openAPI.getInfo()
                    .getLicense()
                    .identifier(openAPI.getInfo().getLicense().getName());
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        COMMON.forEach((code, description) -> {
            if (operation.getResponses().getAPIResponse(code) == null) {
                operation
                        .getResponses()
                        .addAPIResponse(code, OASFactory.createAPIResponse().description(description));
            }
        });
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (isError(code) && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
        return operation;
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    static Content problemContent() {
        MediaType mediaType =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType);
    }
}
