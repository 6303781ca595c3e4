package dev.kindling.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents and the gateway's own into one: all paths, components shared
 * when equal and renamed with the source's prefix when they clash, operationIds kept unique, tags
 * once. The services are merged first, so their names win; the servers are the gateway's own (the
 * services' addresses are never a client's). A source without a document is listed in {@code x-kindling-unavailable}.
 */
public final class OpenApiMerger {
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final ObjectNode merged = JsonNodeFactory.instance.objectNode();
    private final Set<String> operationIds = new HashSet<>();
    private final ArrayNode unavailable = merged.arrayNode();
    private final ObjectNode renamed = merged.objectNode();
    private final List<String> included = new ArrayList<>();

    /** One input document; {@code document} is null when the source did not answer. */
    public record Source(String name, ObjectNode document) {}

    private OpenApiMerger() {}

    public static ObjectNode merge(ObjectNode gateway, List<Source> services) {
        OpenApiMerger merger = new OpenApiMerger();
        merger.merged.put("openapi", gateway.path("openapi").asText("3.0.3"));
        merger.merged.set("info", gateway.path("info").deepCopy());
        if (gateway.has("servers")) {
            ArrayNode servers = gateway.get("servers").deepCopy();
            // the gateway is the public entrance, meant for partner systems and dashboards alike
            servers.forEach(server -> ((ObjectNode) server).put("x-internal", false));
            merger.merged.set("servers", servers);
        }
        merger.merged.set("paths", merger.merged.objectNode());
        services.forEach(merger::add);
        merger.add(new Source("gateway", gateway));
        return merger.finish();
    }

    private void add(Source source) {
        if (source.document() == null) {
            unavailable.add(source.name());
            return;
        }
        ObjectNode document = source.document().deepCopy();
        ComponentRenames renames = ComponentRenames.apply(document, merged, capitalized(source.name()));
        renames.all().forEach((old, name) -> renamed.put(source.name() + ":" + old, name));
        addComponents(document.path("components"));
        addPaths(source.name(), document.path("paths"));
        addTags(document.path("tags"));
        if (!merged.has("security") && document.has("security")) {
            merged.set("security", document.get("security"));
        }
        included.add(source.name());
    }

    private void addComponents(JsonNode components) {
        ObjectNode ours = objectAt(merged, "components");
        for (Map.Entry<String, JsonNode> type : components.properties()) {
            ObjectNode ofType = objectAt(ours, type.getKey());
            type.getValue().properties().forEach(item -> ofType.putIfAbsent(item.getKey(), item.getValue()));
        }
    }

    private void addPaths(String source, JsonNode paths) {
        ObjectNode ours = (ObjectNode) merged.get("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            ObjectNode item = objectAt(ours, path.getKey());
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (item.has(entry.getKey())) {
                    Log.warnf(
                            "OpenAPI: %s %s of %s is already defined; kept the first",
                            entry.getKey(), path.getKey(), source);
                    continue;
                }
                if (METHODS.contains(entry.getKey()) && entry.getValue() instanceof ObjectNode operation) {
                    uniqueOperationId(source, operation);
                }
                item.set(entry.getKey(), entry.getValue());
            }
        }
    }

    private void uniqueOperationId(String source, ObjectNode operation) {
        String id = operation.path("operationId").asText(null);
        if (id == null) {
            return;
        }
        String unique = id;
        for (int n = 2; operationIds.contains(unique); n++) {
            unique = source + capitalized(id) + (n > 2 ? n - 1 : "");
        }
        if (!unique.equals(id)) {
            Log.warnf("OpenAPI: operationId %s of %s is taken; renamed to %s", id, source, unique);
            renamed.put(source + ":operationId/" + id, unique);
            operation.put("operationId", unique);
        }
        operationIds.add(unique);
    }

    private void addTags(JsonNode tags) {
        ArrayNode ours = merged.has("tags") ? (ArrayNode) merged.get("tags") : merged.putArray("tags");
        Set<String> names = new HashSet<>();
        ours.forEach(tag -> names.add(tag.path("name").asText()));
        tags.forEach(tag -> {
            if (names.add(tag.path("name").asText())) {
                ours.add(tag);
            }
        });
    }

    private ObjectNode finish() {
        ObjectNode info = (ObjectNode) merged.get("info");
        String description =
                "One document for the Kindling suite, merged by the gateway from: " + String.join(", ", included) + ".";
        if (!unavailable.isEmpty()) {
            description += " Not available now (their operations are missing): " + join(unavailable) + ".";
            merged.set("x-kindling-unavailable", unavailable);
        }
        info.put("description", description);
        if (!renamed.isEmpty()) {
            merged.set("x-kindling-renamed", renamed);
        }
        BodySchemas.apply(merged);
        return merged;
    }

    private static ObjectNode objectAt(ObjectNode parent, String field) {
        return parent.get(field) instanceof ObjectNode existing ? existing : parent.putObject(field);
    }

    private static String join(ArrayNode names) {
        List<String> all = new ArrayList<>();
        names.forEach(n -> all.add(n.asText()));
        return String.join(", ", all);
    }

    static String capitalized(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
