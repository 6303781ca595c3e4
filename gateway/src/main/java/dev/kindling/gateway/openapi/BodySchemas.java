package dev.kindling.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Says in the merged document what every service does with a body, once, where every operation of the
 * suite is known (so a schema shared by requests and answers is judged as one schema):
 * <ul>
 *   <li>a request field the schema does not name is refused, so every object schema a request body
 *       reaches (through {@code $ref}s, properties, items, allOf/anyOf/oneOf) gets
 *       {@code additionalProperties: false};
 *   <li>an answer leaves out only what is empty (the services write JSON without nulls), so in every
 *       object schema only answers reach, each property is required unless it is declared nullable
 *       ({@code @Schema(nullable = true)} on the view's component, {@code type: [x, "null"]} here):
 *       a generated client types {@code hub.code} as a string, not as {@code string | undefined}. A
 *       view that lists its required fields itself (e.g. the read models' parts, where everything but
 *       {@code status} is absent when the part is UNAVAILABLE) is taken at its word.
 * </ul>
 * The answer rule is checked against what the services really send by the suite tests' response
 * validation (a view that leaves out a field it calls required fails there).
 */
final class BodySchemas {
    private static final String REF_PREFIX = "#/components/schemas/";

    private BodySchemas() {}

    static void apply(ObjectNode document) {
        Set<ObjectNode> requests = reachable(document, "requestBody");
        Set<ObjectNode> answers = reachable(document, "responses");
        for (ObjectNode schema : requests) {
            if (schema.path("properties").size() > 0 && !schema.has("additionalProperties")) {
                schema.put("additionalProperties", false);
            }
        }
        for (ObjectNode schema : answers) {
            schema.path("properties").forEach(BodySchemas::tidyNullable);
            if (!requests.contains(schema) && schema.path("properties").size() > 0 && !schema.has("required")) {
                require(schema);
            }
        }
    }

    /**
     * Writes a nullable property the plain 3.1 way. SmallRye gives a nullable date or id as
     * {@code type: [string, null]} beside {@code anyOf: [{type: string, format: date}, {type: null}]}, and a
     * nullable reference as {@code type: [object, null]} beside {@code anyOf: [{$ref}, {type: null}]}; the
     * first becomes {@code type: [string, null], format: date}, the second keeps only its anyOf.
     */
    private static void tidyNullable(JsonNode node) {
        if (!(node instanceof ObjectNode property) || property.path("anyOf").size() != 2) {
            return;
        }
        JsonNode first = property.path("anyOf").get(0);
        JsonNode second = property.path("anyOf").get(1);
        JsonNode other = "null".equals(second.path("type").asText()) ? first : second;
        if (other == second && !"null".equals(first.path("type").asText())) {
            return;
        }
        if (other.has("$ref")) {
            property.remove("type");
            return;
        }
        property.remove("anyOf");
        other.properties().forEach(keyword -> {
            if (!"type".equals(keyword.getKey()) && !property.has(keyword.getKey())) {
                property.set(keyword.getKey(), keyword.getValue());
            }
        });
        ArrayNode types = property.putArray("type");
        types.add(other.path("type").asText());
        types.add("null");
    }

    private static void require(ObjectNode schema) {
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").properties().forEach(property -> {
            if (!nullable(property.getValue())) {
                required.add(property.getKey());
            }
        });
        if (!required.isEmpty()) {
            ArrayNode list = schema.putArray("required");
            required.forEach(list::add);
        }
    }

    private static boolean nullable(JsonNode property) {
        for (JsonNode type : property.path("type")) {
            if ("null".equals(type.asText())) {
                return true;
            }
        }
        for (String combination : new String[] {"anyOf", "oneOf"}) {
            for (JsonNode part : property.path(combination)) {
                if ("null".equals(part.path("type").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The object schemas that the operations' request bodies (or responses) reach. */
    private static Set<ObjectNode> reachable(ObjectNode document, String side) {
        JsonNode components = document.path("components").path("schemas");
        Deque<JsonNode> todo = new ArrayDeque<>();
        document.path("paths")
                .forEach(item -> item.forEach(operation -> {
                    JsonNode bodies = operation.path(side);
                    if ("requestBody".equals(side)) {
                        bodies.path("content").forEach(media -> todo.push(media.path("schema")));
                    } else {
                        bodies.forEach(
                                answer -> answer.path("content").forEach(media -> todo.push(media.path("schema"))));
                    }
                }));
        Set<ObjectNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> refs = new HashSet<>();
        while (!todo.isEmpty()) {
            JsonNode schema = todo.pop();
            if (!(schema instanceof ObjectNode object) || !seen.add(object)) {
                continue;
            }
            String ref = object.path("$ref").asText("");
            if (ref.startsWith(REF_PREFIX) && refs.add(ref)) {
                todo.push(components.path(ref.substring(REF_PREFIX.length())));
            }
            object.path("properties").forEach(todo::push);
            todo.push(object.path("items"));
            for (String combination : new String[] {"allOf", "anyOf", "oneOf"}) {
                object.path(combination).forEach(todo::push);
            }
        }
        return seen;
    }
}
