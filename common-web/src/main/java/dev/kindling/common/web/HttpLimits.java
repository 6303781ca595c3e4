package dev.kindling.common.web;

import dev.kindling.common.problem.ProblemJson;
import dev.kindling.common.problem.ProblemType;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Errors of the HTTP layer itself as problems with a request id, in every service and the gateway: a
 * request line or headers over our limits (414, 431). Vert.x's own limits ({@code quarkus.http.limits.max-initial-line-length} and
 * {@code max-header-size}) sit well above ours, so that a request over ours still reaches this route
 * and is answered with a body; only one beyond Vert.x's is cut off bare. (A request target that is not
 * valid percent-encoding is refused by Quarkus with a bare 400 before any route runs, so no handler of
 * ours can give it a body; it reaches no code of ours either.)
 */
@ApplicationScoped
public class HttpLimits {
    /** After the request id, before anything that reads the path, query or token. */
    public static final int ORDER = Integer.MIN_VALUE + 3;

    private final int maxUriLength;
    private final int maxHeaderBytes;

    public HttpLimits(
            @ConfigProperty(name = "kindling.http.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "kindling.http.max-header-bytes", defaultValue = "32768") int maxHeaderBytes) {
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri.length() > maxUriLength) {
            refuse(
                    rc,
                    ProblemType.URI_TOO_LONG,
                    "The path and query string are " + uri.length() + " characters long; the limit is " + maxUriLength);
        } else if (headerBytes(rc.request().headers()) > maxHeaderBytes) {
            refuse(
                    rc,
                    ProblemType.HEADERS_TOO_LARGE,
                    "The request's headers are over the limit of " + maxHeaderBytes + " bytes");
        } else {
            rc.next();
        }
    }

    private static void refuse(RoutingContext rc, ProblemType type, String detail) {
        rc.response().putHeader("Connection", "close");
        ProblemJson.send(rc, type, detail, Map.of());
    }

    static int headerBytes(MultiMap headers) {
        int total = 0;
        for (Map.Entry<String, String> header : headers) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }
}
