package dev.kindling.suite;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A tiny OpenTelemetry collector for the suite: accepts OTLP/HTTP protobuf trace exports on
 * {@code /v1/traces} from the real services and keeps the spans they describe.
 */
final class OtlpReceiver implements AutoCloseable {
    private final HttpServer server;
    private final List<OtlpSpans.Span> spans = new CopyOnWriteArrayList<>();

    OtlpReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/traces", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                spans.addAll(OtlpSpans.parse(body.readAllBytes()));
            }
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1); // an empty ExportTraceServiceResponse
            exchange.close();
        });
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The spans of one trace once {@code complete} holds for them (exports are batched), or at the deadline. */
    List<OtlpSpans.Span> trace(String traceId, Predicate<List<OtlpSpans.Span>> complete, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            List<OtlpSpans.Span> trace =
                    spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
            if (complete.test(trace) || Instant.now().isAfter(deadline)) {
                return trace;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return trace;
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
