package dev.kindling.gateway.web;

import dev.kindling.gateway.config.GatewayConfig;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Labels the gateway's HTTP metrics ({@code /q/metrics}, public by design) with a route template
 * instead of the raw path: an id is never exposed there, and the number of series stays bounded. Ids
 * and other values become {@code {id}}; the words of the API's paths (collections, actions) stay.
 * An answer that matched nothing real (400, 401, 404) is labelled by its collection only, so random
 * paths cannot grow the series.
 */
@ApplicationScoped
public class MetricsPathTemplate {
    /**
     * Where Quarkus' Micrometer binder reads the template of the request's path: a local of the
     * request's (duplicated) Vert.x context, read when the response ends, so it can still be coarsened
     * once the status is known. (The routing context's data is not read for this.)
     */
    static final String TEMPLATE_KEY = "UrlPathTemplate";

    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{0,31}");
    private static final String API = "/api/v1/";

    void register(@Observes Router router, GatewayConfig config) {
        Set<String> collections = config.upstreams().values().stream()
                .flatMap(upstream -> upstream.collections().stream())
                .collect(Collectors.toUnmodifiableSet());
        router.route("/api/*").order(Orders.METRICS_TEMPLATE).handler(rc -> label(rc, collections));
    }

    private static void label(RoutingContext rc, Set<String> collections) {
        String path = rc.normalizedPath();
        String collection = collectionOf(path);
        boolean known = collection != null && collections.contains(collection);
        String coarse = known ? API + collection + "/{unmatched}" : "/api/{unmatched}";
        Context context = Vertx.currentContext();
        context.putLocal(TEMPLATE_KEY, known ? template(path) : coarse);
        rc.addHeadersEndHandler(ignored -> {
            int status = rc.response().getStatusCode();
            if (status == 400 || status == 401 || status == 404 || status == 405 || status == 414) {
                context.putLocal(TEMPLATE_KEY, coarse);
            }
        });
        rc.next();
    }

    private static String collectionOf(String path) {
        if (!path.startsWith(API)) {
            return null;
        }
        int end = path.indexOf('/', API.length());
        return end < 0 ? path.substring(API.length()) : path.substring(API.length(), end);
    }

    /** {@code /api/v1/allocations/0192…/disbursements} → {@code /api/v1/allocations/{id}/disbursements}. */
    static String template(String path) {
        String[] segments = path.substring(API.length()).split("/", -1);
        StringBuilder template = new StringBuilder(API.length() + 48).append(API.substring(0, API.length() - 1));
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            template.append('/').append(WORD.matcher(segment).matches() ? segment : "{id}");
        }
        return template.toString();
    }
}
