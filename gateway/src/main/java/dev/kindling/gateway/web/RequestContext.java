package dev.kindling.gateway.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Accepts a well-formed {@code X-Request-Id} and W3C {@code traceparent} or makes them, so that the
 * services receive both (the proxy passes request headers on), echoes the request id to the client,
 * and puts it in the logging context of the request.
 */
@ApplicationScoped
public class RequestContext {
    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern TRACEPARENT_FORMAT =
            Pattern.compile("(?!ff)[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}(-.*)?");

    void register(@Observes Router router) {
        router.route().order(Orders.REQUEST_CONTEXT).handler(RequestContext::apply);
    }

    static void apply(RoutingContext rc) {
        String given = rc.request().getHeader(REQUEST_ID);
        String id = given != null && SAFE_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        rc.request().headers().set(REQUEST_ID, id);
        rc.response().putHeader(REQUEST_ID, id);
        String traceparent = rc.request().getHeader(TRACEPARENT);
        if (traceparent == null || !TRACEPARENT_FORMAT.matcher(traceparent).matches()) {
            rc.request().headers().set(TRACEPARENT, newTraceparent());
            rc.request().headers().remove("tracestate");
        }
        MDC.put(MDC_KEY, id);
        rc.next();
    }

    /** A new sampled trace: version 00, random trace id and parent id. */
    static String newTraceparent() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HexFormat hex = HexFormat.of();
        byte[] trace = new byte[16];
        byte[] parent = new byte[8];
        random.nextBytes(trace);
        random.nextBytes(parent);
        trace[0] |= 1; // never all zeros
        parent[0] |= 1;
        return "00-" + hex.formatHex(trace) + "-" + hex.formatHex(parent) + "-01";
    }
}
