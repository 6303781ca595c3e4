package dev.kindling.gateway.dashboard;

import dev.kindling.gateway.web.Orders;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Response headers of the dashboard, served from the kindling-dashboard jar's META-INF/resources:
 * hashed assets are cached for a year, the page and its settings are revalidated on every visit, and
 * the page runs under a Content-Security-Policy that allows no inline script or style and talks only
 * to the gateway and the configured OpenID Connect provider.
 */
@ApplicationScoped
public class DashboardHeaders {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private final String policy;

    public DashboardHeaders(DashboardConfig config) {
        String provider = config.oidcOrigin().map(origin -> " " + origin).orElse("");
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'"
                + "; connect-src 'self'" + provider
                + "; form-action 'self'" + provider
                + "; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    /** The Content-Security-Policy of the page. */
    String policy() {
        return policy;
    }

    void register(@Observes Router router) {
        router.route().order(Orders.OPENAPI + 1).handler(this::apply);
    }

    void apply(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.startsWith("/assets/")) {
            rc.addHeadersEndHandler(v -> {
                if (rc.response().getStatusCode() == 200) {
                    rc.response().headers().set("Cache-Control", IMMUTABLE);
                }
            });
        } else if (path.equals("/") || path.equals("/index.html")) {
            rc.addHeadersEndHandler(v -> page(rc.response().headers()));
        } else if (path.equals("/dashboard-config.json")) {
            rc.addHeadersEndHandler(v -> rc.response().headers().set("Cache-Control", REVALIDATE));
        }
        rc.next();
    }

    private void page(MultiMap headers) {
        headers.set("Cache-Control", REVALIDATE);
        headers.set("Content-Security-Policy", policy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
    }
}
