package dev.kindling.gateway.routing;

import dev.kindling.gateway.config.GatewayConfig;
import dev.kindling.gateway.web.Orders;
import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        long maxBody = config.maxBodySize().asLongValue();
        config.upstreams().forEach((name, upstream) -> {
            HttpProxy proxy = HttpProxy.reverseProxy(client(vertx, config))
                    .origin(context -> context.client().request(requestOptions(upstream.url(), config)))
                    .addInterceptor(new UpstreamGuard(name + "-service", maxBody));
            String collections =
                    upstream.collections().stream().map(Pattern::quote).collect(Collectors.joining("|"));
            router.routeWithRegex("/api/v1/(" + collections + ")(/.*)?")
                    .order(Orders.PROXY)
                    .handler(rc -> {
                        if (OWN_PATHS.matcher(rc.normalizedPath()).matches()) {
                            rc.next();
                        } else {
                            proxy.handle(rc.request());
                        }
                    });
            Log.infof(
                    "Routing /api/v1/{%s} to %s (%s)", String.join(",", upstream.collections()), upstream.url(), name);
        });
    }

    private static HttpClient client(Vertx vertx, GatewayConfig config) {
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setKeepAliveTimeout(60)
                .setConnectTimeout((int) config.connectTimeout().toMillis());
        return vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(config.maxConnections()));
    }

    private static RequestOptions requestOptions(URI url, GatewayConfig config) {
        return new RequestOptions()
                .setServer(SocketAddress.inetSocketAddress(port(url), url.getHost()))
                .setSsl("https".equals(url.getScheme()))
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.upstreamTimeout().toMillis());
    }

    private static int port(URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }
}
