package dev.kindling.gateway.limits;

import dev.kindling.common.problem.ProblemJson;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.gateway.config.GatewayConfig;
import dev.kindling.gateway.web.Orders;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a request whose declared Content-Length is over the cap with a 413 problem before any byte
 * is read. Chunked bodies are counted while they stream (see {@code UpstreamGuard}).
 */
@ApplicationScoped
public class BodyLimitRoute {
    private final long maxBytes;

    public BodyLimitRoute(GatewayConfig config) {
        this.maxBytes = config.maxBodySize().asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Orders.BODY_LIMIT).handler(this::check);
    }

    void check(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredOver(length)) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            ProblemJson.send(rc, ProblemType.BODY_TOO_LARGE, tooLarge(maxBytes));
            return;
        }
        rc.next();
    }

    private boolean declaredOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // Vert.x's HTTP codec refuses malformed lengths itself
        }
    }

    public static String tooLarge(long maxBytes) {
        return "The request body is larger than the limit of " + maxBytes + " bytes";
    }
}
