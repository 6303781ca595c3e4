package dev.kindling.hub.webhook;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The gateway's change feed as the webhook sender reads it, served by the test: events added with
 * {@link #publish} get cursors {@code c1, c2, …}; {@code after=now} answers the newest cursor. Kept
 * static so the test that starts the application and the test methods share it.
 */
public class FakeFeed implements QuarkusTestResourceLifecycleManager {
    static final List<String> EVENTS = Collections.synchronizedList(new ArrayList<>());
    static final List<String> AUTHORIZATIONS = Collections.synchronizedList(new ArrayList<>());
    private static HttpServer server;

    /** Adds an event (its JSON without a cursor) to the feed; answers its cursor. */
    static synchronized String publish(String eventJson) {
        EVENTS.add(eventJson);
        return "c" + EVENTS.size();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/events", exchange -> {
            AUTHORIZATIONS.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String query = exchange.getRequestURI().getQuery();
            String after = "";
            int limit = 50;
            for (String pair : query == null ? new String[0] : query.split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("after")) {
                    after = kv[1];
                } else if (kv[0].equals("limit")) {
                    limit = Integer.parseInt(kv[1]);
                }
            }
            byte[] body = page(after, limit).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return Map.of(
                "quarkus.rest-client.suite-feed.url",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static synchronized String page(String after, int limit) {
        int from = after.equals("now") ? EVENTS.size() : after.isEmpty() ? 0 : Integer.parseInt(after.substring(1));
        int to = Math.min(EVENTS.size(), from + limit);
        List<String> events = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String event = EVENTS.get(i);
            events.add(event.substring(0, event.length() - 1) + ",\"cursor\":\"c" + (i + 1) + "\"}");
        }
        return "{\"events\":[" + String.join(",", events) + "],\"nextCursor\":\"c" + to + "\",\"unavailable\":[]}";
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
