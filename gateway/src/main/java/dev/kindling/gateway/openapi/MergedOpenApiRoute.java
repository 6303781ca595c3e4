package dev.kindling.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kindling.gateway.config.GatewayConfig;
import dev.kindling.gateway.web.Orders;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Serves the suite's one OpenAPI document at {@code /q/openapi} (and so to Swagger UI): each
 * service's {@code /q/openapi} fetched at request time, merged with the gateway's own document, and
 * kept for a short time. A service that does not answer is left out and named in the document.
 */
@ApplicationScoped
public class MergedOpenApiRoute {
    private static final String DEFAULT_DOCUMENT = "<default>";
    private final GatewayConfig config;
    private final OpenApiDocumentService ownDocument;
    private final ObjectMapper mapper;
    private HttpClient client;
    private volatile Cached cached;

    record Cached(long madeAtNanos, Buffer body) {}

    public MergedOpenApiRoute(GatewayConfig config, OpenApiDocumentService ownDocument, ObjectMapper mapper) {
        this.config = config;
        this.ownDocument = ownDocument;
        this.mapper = mapper;
    }

    void register(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false));
        router.route(HttpMethod.GET, "/q/openapi").order(Orders.OPENAPI).handler(this::serve);
    }

    void serve(RoutingContext rc) {
        Cached current = cached;
        if (current != null
                && System.nanoTime() - current.madeAtNanos()
                        < config.openapi().cacheTtl().toNanos()) {
            send(rc, current.body());
            return;
        }
        List<Future<OpenApiMerger.Source>> fetches = new ArrayList<>();
        for (Map.Entry<String, GatewayConfig.Upstream> upstream :
                config.upstreams().entrySet()) {
            fetches.add(fetch(upstream.getKey(), upstream.getValue().url()));
        }
        Future.join(fetches).onComplete(done -> {
            List<OpenApiMerger.Source> sources = new ArrayList<>();
            fetches.forEach(f -> sources.add(f.result()));
            sources.sort((a, b) -> a.name().compareTo(b.name()));
            ObjectNode document = OpenApiMerger.merge(own(), sources);
            Buffer body = Buffer.buffer(document.toString());
            cached = new Cached(System.nanoTime(), body);
            send(rc, body);
        });
    }

    private Future<OpenApiMerger.Source> fetch(String name, URI base) {
        Duration timeout = config.openapi().fetchTimeout();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(base.resolve("/q/openapi?format=json").toString())
                .putHeader(HttpHeaders.ACCEPT, "application/json")
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis());
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture(name + " answered " + response.statusCode()))
                .map(body -> new OpenApiMerger.Source(name, parse(body.getBytes())))
                .otherwise(failure -> new OpenApiMerger.Source(name, null));
    }

    private ObjectNode own() {
        return parse(ownDocument.getDocument(DEFAULT_DOCUMENT, Format.JSON));
    }

    private ObjectNode parse(byte[] json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(RoutingContext rc, Buffer body) {
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(body);
    }
}
