package dev.kindling.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Says in the merged document what every service does with a body: a field the schema does not name
 * is refused, so every object schema a request body reaches (through {@code $ref}s, properties, items
 * and allOf) gets {@code additionalProperties: false}. Done once on the merged document, where every
 * request body of the suite is known, so a schema shared by requests and answers is the same everywhere.
 */
final class RequestSchemas {
    private static final String REF_PREFIX = "#/components/schemas/";

    private RequestSchemas() {}

    static void close(ObjectNode document) {
        JsonNode components = document.path("components").path("schemas");
        Deque<JsonNode> todo = new ArrayDeque<>();
        document.path("paths")
                .forEach(item -> item.forEach(operation -> operation
                        .path("requestBody")
                        .path("content")
                        .forEach(media -> todo.push(media.path("schema")))));
        Set<JsonNode> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<String> refs = new HashSet<>();
        while (!todo.isEmpty()) {
            JsonNode schema = todo.pop();
            if (!(schema instanceof ObjectNode object) || !seen.add(schema)) {
                continue;
            }
            String ref = object.path("$ref").asText("");
            if (ref.startsWith(REF_PREFIX) && refs.add(ref)) {
                todo.push(components.path(ref.substring(REF_PREFIX.length())));
            }
            if (object.path("properties").size() > 0) {
                if (!object.has("additionalProperties")) {
                    object.put("additionalProperties", false);
                }
                object.path("properties").forEach(todo::push);
            }
            todo.push(object.path("items"));
            object.path("allOf").forEach(todo::push);
        }
    }
}
