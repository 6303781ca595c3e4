package dev.kindling.common.problem;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the document as strict as the server: every pattern is anchored ({@code ^…$}), since the server
 * matches whole values and a validator reading the document would otherwise accept {@code "12abc"}.
 * And as plain as generators want it: the JDK's scalar types (UUID, LocalDate, OffsetDateTime), which
 * SmallRye makes components of, are written inline where they are used (a generated client has no use
 * for a class named {@code UUID}), and a reference carries no {@code type} of its own beside it.
 * (That request schemas refuse unknown fields is said once for the whole suite, on the merged document:
 * the gateway's {@code BodySchemas}, which also says which answer fields are always there.)
 */
final class SchemaRules {
    private static final String NOT_BLANK = "\\S";
    private static final List<String> SCALARS = List.of("UUID", "LocalDate", "OffsetDateTime");
    /**
     * What SmallRye makes of Jackson's {@code JsonNode} (a free JSON value, e.g. an answer as it is
     * stored) and its node-type enum: fields holding one declare their own schema, so neither is used.
     */
    private static final List<String> JSON_NODE = List.of("JsonNode", "JsonNodeType");

    private SchemaRules() {}

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null
                ? Map.of()
                : openAPI.getComponents().getSchemas() == null
                        ? Map.of()
                        : openAPI.getComponents().getSchemas();
        components.values().forEach(SchemaRules::anchor);
        Map<String, Schema> scalars = new HashMap<>();
        for (String name : SCALARS) {
            if (components.get(name) != null) {
                scalars.put(name, components.get(name));
            }
        }
        components.values().forEach(schema -> inline(schema, scalars));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                    .values()
                    .forEach(op -> {
                        anchorParameters(op);
                        inline(op, scalars);
                    }));
        }
        scalars.keySet().forEach(name -> openAPI.getComponents().removeSchema(name));
        components.values().forEach(SchemaRules::freeJson);
        JSON_NODE.stream().filter(components::containsKey).forEach(openAPI.getComponents()::removeSchema);
    }

    /** A map of free JSON values (e.g. answers by question key) takes any value: {@code additionalProperties: true}. */
    private static void freeJson(Schema schema) {
        if (schema == null) {
            return;
        }
        Schema values = schema.getAdditionalPropertiesSchema();
        if (values != null && values.getRef() != null && values.getRef().endsWith("/" + JSON_NODE.get(0))) {
            schema.setAdditionalPropertiesSchema(null);
            schema.setAdditionalPropertiesBoolean(true);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(SchemaRules::freeJson);
        }
        freeJson(schema.getItems());
    }

    private static void inline(Operation op, Map<String, Schema> scalars) {
        if (op.getParameters() != null) {
            op.getParameters().forEach(p -> inline(p.getSchema(), scalars));
        }
        if (op.getRequestBody() != null) {
            inline(op.getRequestBody().getContent(), scalars);
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            op.getResponses().getAPIResponses().values().forEach(r -> inline(r.getContent(), scalars));
        }
    }

    private static void inline(Content content, Map<String, Schema> scalars) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> inline(m.getSchema(), scalars));
        }
    }

    /** A reference to a scalar becomes the scalar itself; any other reference loses its sibling type. */
    private static void inline(Schema schema, Map<String, Schema> scalars) {
        if (schema == null) {
            return;
        }
        String ref = schema.getRef();
        if (ref != null) {
            Schema scalar = scalars.get(ref.substring(ref.lastIndexOf('/') + 1));
            schema.setType(null);
            if (scalar != null) {
                schema.setRef(null);
                schema.setType(scalar.getType());
                schema.setFormat(scalar.getFormat());
                schema.setPattern(scalar.getPattern());
                if (schema.getExamples() == null) {
                    schema.setExamples(scalar.getExamples());
                }
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> inline(p, scalars));
        }
        inline(schema.getItems(), scalars);
        for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (parts != null) {
                parts.forEach(p -> inline(p, scalars));
            }
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
        if (NOT_BLANK.equals(pattern)) {
            // what SmallRye writes for @NotBlank: "somewhere a non-space", a search by design; anchored it
            // would say "one character"
            return;
        }
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
