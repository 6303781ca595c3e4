package dev.kindling.suite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.kindling.common.testing.TestTokens;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing from the committed contract, through the real gateway and services: every operation that
 * takes a JSON body gets the bad bodies of {@link SpecVariants}, every query parameter of every read
 * gets bad values. No answer may be a 5xx, every refusal must be an RFC 9457 problem, no bad body may
 * be accepted, and nothing may be written (every table of the three services counted before and after
 * each operation's variants). The counts are printed for docs/RELIABILITY.md.
 */
class SpecFuzzTest extends AgainstTheSuite {
    private static final long SEED = 20261203L;
    private static final Set<String> WRITES = Set.of("post", "put", "patch");

    private static final List<String> BAD_QUERY_VALUES = List.of(
            "A".repeat(3_000),
            "'; drop table hub; --",
            "-1",
            "99999999999999999999",
            "NOT_A_VALUE",
            "\u202e\u0000",
            "2026-13-45",
            "{\"$gt\":\"\"}");

    private static JsonNode document;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    /** Tokens of several admin-and-manager subjects in turn, so the gateway's per-subject rate limit is not what answers. */
    private final List<String> tokens = new ArrayList<>();

    private int requests;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void readTheDocument() throws Exception {
        Path committed = Path.of(System.getProperty("user.dir"))
                .resolveSibling("openapi")
                .resolve("kindling.yaml");
        document = new ObjectMapper(new YAMLFactory()).readTree(committed.toFile());
    }

    @Test
    void noBadInputIsTakenAnswersAServerErrorOrWritesAnything() throws Exception {
        for (int i = 0; i < 8; i++) {
            tokens.add(
                    TestTokens.token("fuzzer-" + i + "-" + UUID.randomUUID(), Set.of("admin", "manager"), List.of()));
        }
        SpecVariants variants = new SpecVariants(document, SEED);
        int operations = 0;
        try (Connection db = suite.connect()) {
            String countAll = countEveryTable(db);
            for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
                for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                    JsonNode operation = method.getValue();
                    JsonNode schema = operation
                            .path("requestBody")
                            .path("content")
                            .path("application/json")
                            .path("schema");
                    if (WRITES.contains(method.getKey()) && !schema.isMissingNode()) {
                        operations++;
                        long before = count(db, countAll);
                        boolean required =
                                operation.path("requestBody").path("required").asBoolean(false);
                        for (SpecVariants.Variant variant : variants.of(schema, required)) {
                            send(method.getKey(), path.getKey(), operation, variant);
                        }
                        long after = count(db, countAll);
                        if (after != before) {
                            violations.add(method.getKey().toUpperCase() + " " + path.getKey() + ": bad bodies wrote "
                                    + (after - before) + " rows");
                        }
                    } else if ("get".equals(method.getKey())) {
                        operations++;
                        fuzzQuery(path.getKey(), operation);
                    }
                }
            }
        }
        System.out.printf(
                "SpecFuzzTest: %d operations, %d requests, %d violations%n", operations, requests, violations.size());
        assertTrue(
                violations.isEmpty(),
                violations.size() + " violations in " + requests + " requests:\n"
                        + String.join("\n", violations.subList(0, Math.min(40, violations.size()))));
    }

    private void send(String method, String template, JsonNode operation, SpecVariants.Variant variant)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(suite.gateway().resolve(concrete(template)))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(variant.body()));
        if (takesIfMatch(operation)) {
            request.header("If-Match", "\"0\"");
        }
        HttpResponse<String> answer = call(request);
        String where = method.toUpperCase() + " " + template + " [" + variant.what() + "]";
        judge(where, answer);
        if (answer.statusCode() < 400) {
            violations.add(where + ": accepted with " + answer.statusCode());
        }
    }

    private void fuzzQuery(String template, JsonNode operation) throws Exception {
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            for (String value : BAD_QUERY_VALUES) {
                String uri = concrete(template) + "?" + parameter.path("name").asText() + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8);
                HttpResponse<String> answer =
                        call(HttpRequest.newBuilder(suite.gateway().resolve(uri))
                                .timeout(Duration.ofSeconds(30))
                                .GET());
                judge("GET " + template + " ?" + parameter.path("name").asText() + "=" + brief(value), answer);
            }
        }
    }

    /** No server error; a refusal is a problem (the 404 of an unknown id included). */
    private void judge(String where, HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            violations.add(where + ": " + status + " " + brief(answer.body()));
        } else if (status >= 400
                && !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            violations.add(where + ": " + status + " without a problem body");
        }
    }

    private HttpResponse<String> call(HttpRequest.Builder request) throws Exception {
        String token = tokens.get(requests++ % tokens.size());
        return http.send(
                request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The path with each {id} filled by a demo resource of the collection before it. */
    private static String concrete(String template) {
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                segments[i] = DemoIds.BY_COLLECTION.getOrDefault(
                        segments[i - 1], UUID.randomUUID().toString());
            }
        }
        return String.join("/", segments);
    }

    private static boolean takesIfMatch(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if ("If-Match".equalsIgnoreCase(parameter.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    /** One query summing the rows of every table of the three services. */
    private static String countEveryTable(Connection db) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select table_schema || '.' || table_name"
                        + " from information_schema.tables where table_type = 'BASE TABLE'"
                        + " and table_schema in ('hub', 'startup', 'funding')")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables.stream()
                .map(table -> "(select count(*) from " + table + ")")
                .collect(Collectors.joining(" + ", "select ", ""));
    }

    private static long count(Connection db, String countAll) throws Exception {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(countAll)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String brief(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
