package dev.kindling.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Holds an answer against the committed contract ({@code openapi/kindling.yaml}, what clients are
 * generated from): the status must be declared for the operation, the content type declared for that
 * status, the JSON body valid against its schema (OpenAPI 3.1 dialect: required fields, enums, formats
 * of types, closed objects), and every header the document calls required present. Answers to paths
 * the document does not describe (the services' own /q endpoints, their internal feed, unknown paths)
 * are not judged here. Used by every service's API tests (through RestAssured) and by the suite tests
 * (through the real gateway), so an undocumented status, header, field or content type fails the build.
 */
public final class ContractCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT_ID = "https://kindling.dev/openapi/kindling.yaml";
    private static volatile ContractCheck committed;

    private final JsonNode document;
    private final List<Route> routes = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record Route(String method, Pattern path, String template, JsonNode operation) {}

    private ContractCheck(JsonNode document) {
        this.document = document;
        document.path("paths").properties().forEach(path -> {
            Pattern pattern = Pattern.compile("^" + path.getKey().replaceAll("\\{[^/}]+}", "[^/]+") + "$");
            path.getValue()
                    .properties()
                    .forEach(op -> routes.add(
                            new Route(op.getKey().toUpperCase(Locale.ROOT), pattern, path.getKey(), op.getValue())));
        });
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());
    }

    /** The committed document, found from the working directory (a module of the build) upwards. */
    public static ContractCheck committed() {
        if (committed == null) {
            synchronized (ContractCheck.class) {
                if (committed == null) {
                    committed = new ContractCheck(read(locate()));
                }
            }
        }
        return committed;
    }

    private static Path locate() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("openapi").resolve("kindling.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("openapi/kindling.yaml not found above " + System.getProperty("user.dir"));
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is wrong with this answer, by the document (empty when nothing is, or when the document
     * does not describe the path).
     *
     * @param path the request path without the query
     * @param header a response header by name (null when absent)
     */
    public List<String> violations(String method, String path, int status, UnaryOperator<String> header, String body) {
        List<String> found = new ArrayList<>();
        Route route = route(method.toUpperCase(Locale.ROOT), path);
        if (route == null) {
            return found;
        }
        String where = route.method() + " " + route.template() + " -> " + status + ": ";
        JsonNode responses = route.operation().path("responses");
        JsonNode answer = responses.has(String.valueOf(status))
                ? responses.path(String.valueOf(status))
                : responses.path("default");
        if (answer.isMissingNode()) {
            found.add(where + "status not declared (declared: " + fieldNames(responses) + ")");
            return found;
        }
        answer.path("headers").properties().forEach(declared -> {
            JsonNode definition = resolve(declared.getValue());
            if (definition.path("required").asBoolean(false) && header.apply(declared.getKey()) == null) {
                found.add(where + "required header " + declared.getKey() + " missing");
            }
        });
        if (body == null || body.isEmpty()) {
            return found;
        }
        String contentType = header.apply("Content-Type");
        String mediaType =
                contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode media = answer.path("content").path(mediaType);
        if (media.isMissingNode()) {
            found.add(where + "content type '" + mediaType + "' not declared (declared: "
                    + fieldNames(answer.path("content")) + ")");
            return found;
        }
        if (!mediaType.endsWith("json") || media.path("schema").isMissingNode()) {
            return found;
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            found.add(where + "body is not JSON: " + e.getMessage());
            return found;
        }
        schema(media.path("schema")).validate(value).forEach(error -> found.add(where + error));
        return found;
    }

    /** The committed document itself. */
    public JsonNode document() {
        return document;
    }

    /** What is wrong with this request body, by the JSON request schema of the operation at this path. */
    public List<String> requestViolations(String method, String path, JsonNode body) {
        List<String> found = new ArrayList<>();
        Route route = route(method.toUpperCase(Locale.ROOT), path);
        JsonNode schema = route == null
                ? null
                : route.operation()
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
        if (schema == null || schema.isMissingNode()) {
            found.add(method + " " + path + ": no JSON request body is described");
            return found;
        }
        schema(schema).validate(body).forEach(error -> found.add(method + " " + route.template() + ": " + error));
        return found;
    }

    /** Fails with every violation of this answer. */
    public void check(String method, String path, int status, UnaryOperator<String> header, String body) {
        List<String> found = violations(method, path, status, header, body);
        if (!found.isEmpty()) {
            throw new AssertionError("The answer breaks the committed contract (openapi/kindling.yaml):\n  "
                    + String.join("\n  ", found)
                    + (body == null || body.isEmpty() ? "" : "\n  body: " + abbreviate(body)));
        }
    }

    private Route route(String method, String path) {
        Route best = null;
        for (Route route : routes) {
            if (route.method().equals(method) && route.path().matcher(path).matches()) {
                // a literal segment beats a template: /hubs/stats before /hubs/{id}
                if (best == null || literalLength(route.template()) > literalLength(best.template())) {
                    best = route;
                }
            }
        }
        return best;
    }

    private static int literalLength(String template) {
        return template.replaceAll("\\{[^/}]+}", "").length();
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    /** The media type's schema, with the document's components beside it so its $refs resolve. */
    private Schema schema(JsonNode mediaSchema) {
        return schemas.computeIfAbsent(mediaSchema.toString(), key -> {
            ObjectNode root = JSON.createObjectNode();
            root.set("components", document.path("components"));
            root.put("$ref", "#/$defs/answer");
            root.putObject("$defs").set("answer", mediaSchema);
            return registry.getSchema(SchemaLocation.of(DOCUMENT_ID), root);
        });
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
