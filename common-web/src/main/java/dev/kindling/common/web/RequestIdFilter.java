package dev.kindling.common.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Accepts a well-formed {@code X-Request-Id} or makes one, puts it on the request (so that calls to
 * other services and the proxied request carry it) and on the response, and in the logging context so
 * that every log line of the request carries it. First of all routes, in every service and the gateway.
 */
@ApplicationScoped
public class RequestIdFilter {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** The order of this route: before everything else. */
    public static final int ORDER = Integer.MIN_VALUE;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(RequestIdFilter::requestId);
    }

    static void requestId(RoutingContext rc) {
        String given = rc.request().getHeader(HEADER);
        String id = given != null && SAFE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        rc.request().headers().set(HEADER, id);
        rc.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        rc.next();
    }
}
