package dev.kindling.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which components of an incoming document must be renamed before they join the merged one:
 * a component whose name is taken by a different component (compared after its own references are
 * rewritten, so a schema that refers to a renamed schema is renamed too) gets the source's prefix.
 * Equal components under the same name are shared.
 */
final class ComponentRenames {
    private static final String REF_PREFIX = "#/components/";
    /** type → old name → new name */
    private final Map<String, Map<String, String>> renames = new HashMap<>();

    private ComponentRenames() {}

    /** Computes the renames for {@code incoming} against {@code merged}, and applies them to {@code incoming}. */
    static ComponentRenames apply(ObjectNode incoming, ObjectNode merged, String sourcePrefix) {
        ComponentRenames result = new ComponentRenames();
        JsonNode theirs = incoming.path("components");
        JsonNode ours = merged.path("components");
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, JsonNode> type : theirs.properties()) {
                for (Map.Entry<String, JsonNode> item : type.getValue().properties()) {
                    changed |= result.renameIfConflicting(type.getKey(), item, ours.path(type.getKey()), sourcePrefix);
                }
            }
        }
        result.rewriteReferences(incoming);
        result.renameKeys(incoming);
        return result;
    }

    /** Every rename, as "type/old" → "new", for the document's extension. */
    Map<String, String> all() {
        Map<String, String> flat = new LinkedHashMap<>();
        renames.forEach((type, names) -> names.forEach((old, renamed) -> flat.put(type + "/" + old, renamed)));
        return flat;
    }

    private boolean renameIfConflicting(
            String type, Map.Entry<String, JsonNode> item, JsonNode existingOfType, String prefix) {
        Map<String, String> ofType = renames.computeIfAbsent(type, t -> new HashMap<>());
        String name = item.getKey();
        JsonNode existing = existingOfType.get(name);
        if (ofType.containsKey(name) || existing == null) {
            return false;
        }
        JsonNode candidate = item.getValue().deepCopy();
        rewriteReferences(candidate);
        if (existing.equals(candidate)) {
            return false;
        }
        String renamed = prefix + name;
        for (int n = 2; existingOfType.has(renamed) || ofType.containsValue(renamed); n++) {
            renamed = prefix + name + n;
        }
        ofType.put(name, renamed);
        return true;
    }

    private void rewriteReferences(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(REF_PREFIX)) {
                String[] parts = ref.asText().substring(REF_PREFIX.length()).split("/", 2);
                String renamed = parts.length == 2
                        ? renames.getOrDefault(parts[0], Map.of()).get(parts[1])
                        : null;
                if (renamed != null) {
                    object.put("$ref", REF_PREFIX + parts[0] + "/" + renamed);
                }
            }
        }
        for (JsonNode child : node) {
            rewriteReferences(child);
        }
    }

    private void renameKeys(ObjectNode document) {
        JsonNode components = document.path("components");
        renames.forEach((type, names) -> {
            if (!names.isEmpty() && components.get(type) instanceof ObjectNode ofType) {
                ObjectNode renamedOfType = ofType.objectNode();
                for (String name : fieldNames(ofType)) {
                    renamedOfType.set(names.getOrDefault(name, name), ofType.get(name));
                }
                ((ObjectNode) components).set(type, renamedOfType);
            }
        });
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.properties().forEach(p -> names.add(p.getKey()));
        return names;
    }
}
