package dev.kindling.gateway.routing;

import dev.kindling.gateway.config.GatewayConfig;
import dev.kindling.gateway.web.Orders;
import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Routes {@code /api/v1/<collection>…} to the service that owns the collection with Vert.x's reverse
 * proxy: every method, bodies streamed both ways, status, headers and query strings as they are, kept-
 * alive upstream connections, and a problem response at once when the upstream fails (see {@link
 * UpstreamGuard}). The gateway's own read models under the same prefixes are left to JAX-RS.
 */
@ApplicationScoped
public class ProxyRoutes {
    /** Paths the gateway answers itself although their prefix belongs to a service. */
    static final Pattern OWN_PATHS = Pattern.compile("/api/v1/(programs/[^/]+/scoreboard|hubs/[^/]+/overview)/?");

    private final boolean tracing;

    public ProxyRoutes(@ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "true") boolean tracingOff) {
        this.tracing = !tracingOff;
    }

    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        long maxBody = config.maxBodySize().asLongValue();
        config.upstreams().forEach((name, upstream) -> {
            Origins origins = new Origins(upstream.url(), upstream.replicas().orElse(List.of()));
            HttpProxy proxy = HttpProxy.reverseProxy(client(vertx, config))
                    .origin(context -> context.client().request(requestOptions(origins.next(), config)))
                    .addInterceptor(new UpstreamGuard(name + "-service", maxBody, tracing));
            String collections =
                    upstream.collections().stream().map(Pattern::quote).collect(Collectors.joining("|"));
            router.routeWithRegex("/api/v1/(" + collections + ")(/.*)?")
                    .order(Orders.PROXY)
                    .handler(rc -> {
                        if (ownPath(rc.normalizedPath())) {
                            rc.next();
                        } else {
                            proxy.handle(rc.request());
                        }
                    });
            Log.infof("Routing /api/v1/{%s} to %s (%s)", String.join(",", upstream.collections()), origins, name);
        });
    }

    /** Whether the gateway answers this path itself; the regular expression runs only on likely paths. */
    static boolean ownPath(String path) {
        return (path.endsWith("scoreboard") || path.endsWith("overview") || path.endsWith("/"))
                && OWN_PATHS.matcher(path).matches();
    }

    private static HttpClient client(Vertx vertx, GatewayConfig config) {
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setKeepAliveTimeout(60)
                .setConnectTimeout((int) config.connectTimeout().toMillis());
        return vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(config.maxConnections()));
    }

    private static RequestOptions requestOptions(Origins.Origin origin, GatewayConfig config) {
        return new RequestOptions()
                .setServer(origin.address())
                .setSsl(origin.ssl())
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.upstreamTimeout().toMillis());
    }
}
