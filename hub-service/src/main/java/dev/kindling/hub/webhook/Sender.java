package dev.kindling.hub.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one delivery: checks the destination ({@link Destinations}), signs the body ({@link
 * Signatures}), POSTs it without following redirects, within the connect and answer timeouts, and reads
 * back at most a snippet of the answer. Only a 2xx is a success.
 */
@ApplicationScoped
public class Sender {
    static final String USER_AGENT = "Kindling-Webhooks/1.0 (+https://kindling.dev/webhooks)";

    private final WebhookConfig config;
    private final HttpClient client;

    public Sender(WebhookConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** What a delivery is: where, what, and the secrets that sign it now. */
    public record Delivery(
            String deliveryId,
            UUID webhookId,
            int attempt,
            String eventId,
            String eventType,
            String url,
            String body,
            List<String> secrets) {}

    /** One attempt's outcome, as the delivery log keeps it. */
    public record Result(Instant startedAt, int latencyMs, Integer statusCode, String error, String snippet) {
        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /** Starts the attempt; the future always completes (with a failed Result on any error). */
    public CompletableFuture<Result> send(Delivery delivery) {
        Instant started = Instant.now();
        try {
            return exchange(delivery, started);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new Result(started, 0, null, describe(e), null));
        }
    }

    private CompletableFuture<Result> exchange(Delivery delivery, Instant started) {
        long startNanos = System.nanoTime();
        URI url = URI.create(delivery.url());
        Optional<String> refused = Destinations.problem(url, config.allowLoopback());
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(
                    new Result(started, 0, null, "Not sent: the endpoint " + refused.get(), null));
        }
        long timestamp = started.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header(Signatures.HEADER, Signatures.header(timestamp, delivery.body(), delivery.secrets()))
                .header("Kindling-Event-Id", delivery.eventId())
                .header("Kindling-Event-Type", delivery.eventType())
                .header("Kindling-Delivery-Id", delivery.deliveryId())
                .header("Kindling-Delivery-Attempt", Integer.toString(delivery.attempt()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
        CompletableFuture<HttpResponse<String>> exchange =
                client.sendAsync(request, info -> new Snippet(config.responseSnippetBytes()));
        return exchange.orTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, failure) -> {
                    int latency = (int) ((System.nanoTime() - startNanos) / 1_000_000);
                    if (failure != null) {
                        exchange.cancel(true);
                        return new Result(started, latency, null, describe(failure), null);
                    }
                    int status = response.statusCode();
                    String error = status >= 200 && status < 300
                            ? null
                            : status >= 300 && status < 400
                                    ? "HTTP " + status + " (redirects are not followed)"
                                    : "HTTP " + status;
                    return new Result(started, latency, status, error, response.body());
                });
    }

    private String describe(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpConnectTimeoutException) {
            return "Could not connect within " + config.connectTimeout().toMillis() + " ms";
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "No answer within " + config.timeout().toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "Connection refused";
        }
        if (cause instanceof IOException) {
            return "Connection failed: " + (cause.getMessage() == null ? "closed by the receiver" : cause.getMessage());
        }
        return "Not sent: " + (cause.getMessage() == null ? "unexpected failure" : cause.getMessage());
    }
}
