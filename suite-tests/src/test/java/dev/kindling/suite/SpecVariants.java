package dev.kindling.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bad request bodies for one operation, derived from its request schema in the committed document: a
 * plausible base (required fields from the schema's examples, enums and formats) with one property
 * broken at a time (wrong type, null, huge, NUL, lone surrogate, unknown enum, bad money, a nested
 * object for a scalar), plus bodies that are not the schema at all (malformed JSON, duplicate and
 * unknown keys, trailing tokens, wrong top-level type, deep nesting). Every one must be refused with a
 * 4xx problem that writes nothing. Random choices come from the seed, so a failure repeats.
 */
final class SpecVariants {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One body to send, and what it breaks (for the failure message). */
    record Variant(String what, String body) {}

    private final JsonNode schemas;
    private final Random random;

    SpecVariants(JsonNode document, long seed) {
        this.schemas = document.path("components").path("schemas");
        this.random = new Random(seed);
    }

    /** The bad bodies for a request schema; an empty body only where the document requires a body. */
    List<Variant> of(JsonNode requestSchema, boolean bodyRequired) {
        JsonNode schema = resolve(requestSchema);
        ObjectNode base = base(schema);
        List<Variant> variants = new ArrayList<>();
        String valid = base.toString();
        if (bodyRequired) {
            variants.add(new Variant("empty body", ""));
        }
        variants.add(new Variant("truncated JSON", valid.substring(0, Math.max(1, valid.length() - 1))));
        variants.add(new Variant("not JSON", "name=x&code=y"));
        variants.add(new Variant("a JSON array", "[" + valid + "]"));
        variants.add(new Variant("a JSON string", "\"" + valid.replace("\"", "'") + "\""));
        variants.add(new Variant("trailing tokens", valid + " {}"));
        variants.add(new Variant("unknown property", with(base, "isAdmin", NODES.booleanNode(true))));
        variants.add(new Variant("deep nesting", "[".repeat(5_000) + "]".repeat(5_000)));
        Iterator<Map.Entry<String, JsonNode>> fields =
                schema.path("properties").properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode property = resolve(field.getValue());
            if (!base.has(name)) {
                base.set(name, value(property));
            }
            String first = base.toString().replaceFirst("^\\{", "");
            variants.add(new Variant(name + " twice", "{\"" + name + "\":" + base.get(name) + "," + first));
            variants.addAll(broken(base, name, property));
        }
        return variants;
    }

    private List<Variant> broken(ObjectNode base, String name, JsonNode property) {
        List<Variant> variants = new ArrayList<>();
        String type = property.path("type").asText(property.has("properties") ? "object" : "");
        boolean required = requiredIn(base, name);
        if (required) {
            variants.add(new Variant(name + " null", with(base, name, NODES.nullNode())));
            variants.add(new Variant(name + " missing", without(base, name)));
        }
        variants.add(new Variant(
                name + " as an object", with(base, name, NODES.objectNode().put("x", 1))));
        switch (type) {
            case "string" -> {
                variants.add(new Variant(name + " as a number", with(base, name, NODES.numberNode(12345))));
                if (property.has("enum")) {
                    variants.add(new Variant(name + " unknown enum", with(base, name, NODES.textNode("NOT_A_VALUE"))));
                }
                int huge = property.path("maxLength").asInt(10_000) + 1 + random.nextInt(50_000);
                variants.add(new Variant(name + " too long", with(base, name, NODES.textNode("A".repeat(huge)))));
                variants.add(new Variant(name + " with NUL", with(base, name, NODES.textNode("a\u0000b"))));
                variants.add(new Variant(name + " lone surrogate", withRaw(base, name, "\"a\\ud800b\"")));
                boolean restricted = (property.has("pattern")
                                && !"\\S".equals(property.path("pattern").asText()))
                        || property.has("format")
                        || property.has("enum");
                if (restricted) {
                    variants.add(new Variant(
                            name + " injection", with(base, name, NODES.textNode("'; drop table hub; --"))));
                }
            }
            case "integer", "number" -> {
                variants.add(new Variant(name + " as a string", with(base, name, NODES.textNode("12abc"))));
                variants.add(new Variant(name + " huge", withRaw(base, name, "1" + "0".repeat(400))));
                variants.add(new Variant(name + " negative huge", withRaw(base, name, "-9223372036854775809")));
                if ("integer".equals(type)) {
                    variants.add(new Variant(name + " fractional", withRaw(base, name, "1.5")));
                }
            }
            case "boolean" -> variants.add(new Variant(name + " as a string", with(base, name, NODES.textNode("yes"))));
            case "array" -> {
                variants.add(new Variant(name + " as an object", with(base, name, NODES.objectNode())));
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 5_000; i++) {
                    many.add(value(resolve(property.path("items"))));
                }
                variants.add(new Variant(name + " with 5,000 items", with(base, name, many)));
            }
            case "object" -> {
                variants.add(new Variant(name + " as a string", with(base, name, NODES.textNode("x"))));
                if (property.path("properties").has("amount")) {
                    for (String amount : new String[] {"-1.00", "1e309", "0.000001", "99999999999999999999", "NaN"}) {
                        ObjectNode money = ((ObjectNode) value(property)).put("amount", amount);
                        variants.add(new Variant(name + " amount " + amount, with(base, name, money)));
                    }
                    ObjectNode other = ((ObjectNode) value(property)).put("currency", "ZZZ");
                    variants.add(new Variant(name + " currency ZZZ", with(base, name, other)));
                }
            }
            default -> {}
        }
        return variants;
    }

    /** Required fields filled with values the schema itself suggests. */
    private ObjectNode base(JsonNode schema) {
        ObjectNode base = NODES.objectNode();
        for (JsonNode name : schema.path("required")) {
            base.set(name.asText(), value(resolve(schema.path("properties").path(name.asText()))));
        }
        requiredNames = schema.path("required").toString();
        return base;
    }

    /** The required property names of the schema being varied, as JSON text. */
    private String requiredNames = "[]";

    private boolean requiredIn(ObjectNode base, String name) {
        return requiredNames.contains("\"" + name + "\"") && base.has(name);
    }

    private JsonNode value(JsonNode schema) {
        if (schema.has("examples") && schema.path("examples").size() > 0) {
            return schema.path("examples").get(0);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").properties().forEach(p -> {
                    if (schema.path("required").toString().contains("\"" + p.getKey() + "\"")) {
                        object.set(p.getKey(), value(resolve(p.getValue())));
                    }
                });
                yield object;
            }
            case "array" -> NODES.arrayNode().add(value(resolve(schema.path("items"))));
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default ->
                switch (schema.path("format").asText()) {
                    case "uuid" -> NODES.textNode("00000000-0000-7000-8000-000000000101");
                    case "date" -> NODES.textNode("2026-12-01");
                    case "date-time" -> NODES.textNode("2026-12-01T00:00:00Z");
                    default -> NODES.textNode("Fuzz " + random.nextInt(1_000_000));
                };
        };
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 5 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asText();
            current = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (current.has("allOf") && current.path("allOf").size() == 1) {
            return resolve(current.path("allOf").get(0));
        }
        return current;
    }

    private static String with(ObjectNode base, String name, JsonNode value) {
        ObjectNode copy = base.deepCopy();
        copy.set(name, value);
        return write(copy);
    }

    /** The base with one property's value written as raw JSON text (numbers and escapes Jackson would fix). */
    private static String withRaw(ObjectNode base, String name, String rawValue) {
        ObjectNode copy = base.deepCopy();
        copy.put(name, "\u0001RAW\u0001");
        return write(copy).replace("\"\\u0001RAW\\u0001\"", rawValue);
    }

    private static String without(ObjectNode base, String name) {
        ObjectNode copy = base.deepCopy();
        copy.remove(name);
        return write(copy);
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
