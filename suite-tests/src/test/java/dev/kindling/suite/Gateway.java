package dev.kindling.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kindling.common.testing.ContractCheck;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * A client of the gateway only, as a partner system is: bearer token, JSON in and out; every answer is
 * held against the committed contract ({@link ContractCheck}).
 */
final class Gateway {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A call that hangs fails the test instead of the build. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    Gateway(URI base) {
        this.base = base;
    }

    record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        String text(String field) {
            return body.path(field).asText();
        }

        UUID id() {
            return UUID.fromString(text("id"));
        }
    }

    Answer get(String token, String path) {
        return send(token, HttpRequest.newBuilder(base.resolve(path)).GET(), null);
    }

    Answer get(String token, String path, String header, String value) {
        return send(
                token,
                HttpRequest.newBuilder(base.resolve(path)).header(header, value).GET(),
                null);
    }

    Answer post(String token, String path, String json) {
        return post(token, path, json, UUID.randomUUID().toString());
    }

    Answer post(String token, String path, String json, String idempotencyKey) {
        return send(token, postOf(path, json, idempotencyKey), json);
    }

    /** A POST that names the version it acts on (If-Match). */
    Answer postIfMatch(String token, String path, String json, String ifMatch) {
        return send(token, postOf(path, json, UUID.randomUUID().toString()).header("If-Match", ifMatch), json);
    }

    private HttpRequest.Builder postOf(String path, String json, String idempotencyKey) {
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** A POST of a body that is not JSON (e.g. a CSV file), with its content type. */
    Answer postText(String token, String path, String contentType, String text) {
        return send(
                token,
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", contentType)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(text)),
                text);
    }

    Answer put(String token, String path, String json, String ifMatch) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        return send(token, builder, json);
    }

    Answer delete(String token, String path) {
        return send(token, HttpRequest.newBuilder(base.resolve(path)).DELETE(), null);
    }

    private Answer send(String token, HttpRequest.Builder builder, String sent) {
        try {
            HttpResponse<String> response = http.send(
                    builder.header("Authorization", "Bearer " + token)
                            .timeout(ANSWER_TIMEOUT)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            ContractCheck.committed()
                    .check(
                            response.request().method(),
                            response.uri().getRawPath(),
                            response.statusCode(),
                            name -> response.headers().firstValue(name).orElse(null),
                            response.body());
            boolean json = response.headers()
                    .firstValue("Content-Type")
                    .map(type -> type.contains("json"))
                    .orElse(false);
            JsonNode body = response.body().isEmpty() || !json ? JSON.nullNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new IllegalStateException("Gateway call failed" + (sent == null ? "" : " for " + sent), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
