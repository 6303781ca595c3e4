package dev.kindling.common.problem;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Gives request bodies a worked example, so that Swagger UI and generated documentation start from
 * a request that works on the demo data (SmallRye's default, built from the field examples, used
 * {@code "code": "SG"} for a new hub: a 409). Each service keeps its examples in
 * {@code META-INF/openapi-examples.json}, by operationId: {@code {"createHub": {"summary": …, "value": {…}}}}.
 * The suite tests check every example against its schema and send it to the real services.
 */
final class RequestExamples {
    static final String RESOURCE = "META-INF/openapi-examples.json";
    private static final String JSON = "application/json";

    private record Example(String summary, Object value) {}

    private final Map<String, Example> byOperation;

    private RequestExamples(Map<String, Example> byOperation) {
        this.byOperation = byOperation;
    }

    static RequestExamples load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new RequestExamples(Map.of());
            }
            return new RequestExamples(new ObjectMapper().readValue(in, new TypeReference<Map<String, Example>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + RESOURCE, e);
        }
    }

    void apply(Operation operation) {
        Example example = operation.getOperationId() == null ? null : byOperation.get(operation.getOperationId());
        if (example == null
                || operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType media = operation.getRequestBody().getContent().getMediaType(JSON);
        if (media != null && media.getExamples() == null) {
            media.addExample(
                    "demo",
                    OASFactory.createExample().summary(example.summary()).value(example.value()));
        }
    }
}
