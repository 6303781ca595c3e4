package dev.kindling.gateway.routing;

import dev.kindling.gateway.config.GatewayConfig;
import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Routes {@code /api/v1/<collection>…} to the service that owns the collection. */
@ApplicationScoped
public class ProxyRoutes {

    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        config.upstreams().forEach((name, upstream) -> {
            URI url = upstream.url();
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setKeepAlive(true)
                    .setConnectTimeout((int) config.upstreamTimeout().toMillis())
                    .setIdleTimeout(60));
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(port(url), url.getHost());
            String collections =
                    upstream.collections().stream().map(Pattern::quote).collect(Collectors.joining("|"));
            router.routeWithRegex("/api/v1/(" + collections + ")(/.*)?")
                    .order(-10)
                    .handler(rc -> proxy.handle(rc.request()));
            Log.infof("Routing /api/v1/{%s} to %s (%s)", String.join(",", upstream.collections()), url, name);
        });
    }

    private static int port(URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }
}
