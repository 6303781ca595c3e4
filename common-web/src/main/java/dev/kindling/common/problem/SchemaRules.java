package dev.kindling.common.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the document as strict as the server: every pattern is anchored ({@code ^…$}), since the server
 * matches whole values and a validator reading the document would otherwise accept {@code "12abc"}.
 * (That request schemas refuse unknown fields is said once for the whole suite, on the merged document:
 * the gateway's {@code RequestSchemas}.)
 */
final class SchemaRules {
    private SchemaRules() {}

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null
                ? Map.of()
                : openAPI.getComponents().getSchemas() == null
                        ? Map.of()
                        : openAPI.getComponents().getSchemas();
        components.values().forEach(SchemaRules::anchor);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                    .values()
                    .forEach(SchemaRules::anchorParameters));
        }
    }

    private static void anchorParameters(Operation op) {
        if (op.getParameters() != null) {
            op.getParameters().forEach(p -> anchor(p.getSchema()));
        }
    }

    private static void anchor(Schema schema) {
        if (schema == null) {
            return;
        }
        String pattern = schema.getPattern();
        if (pattern != null && !pattern.startsWith("^")) {
            schema.setPattern(pattern.contains("|") ? "^(?:" + pattern + ")$" : "^" + pattern + "$");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(SchemaRules::anchor);
        }
        if (schema.getItems() != null) {
            anchor(schema.getItems());
        }
    }
}
