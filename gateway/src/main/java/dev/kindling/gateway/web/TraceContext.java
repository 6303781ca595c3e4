package dev.kindling.gateway.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Accepts a well-formed W3C {@code traceparent} or makes one, so that the services receive it (the
 * proxy passes request headers on). The request id is common-web's {@code RequestIdFilter}, which runs
 * just before this, as in every service.
 */
@ApplicationScoped
public class TraceContext {
    public static final String TRACEPARENT = "traceparent";
    private static final Pattern TRACEPARENT_FORMAT =
            Pattern.compile("(?!ff)[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}(-.*)?");

    void register(@Observes Router router) {
        router.route().order(Orders.TRACE_CONTEXT).handler(TraceContext::apply);
    }

    static void apply(RoutingContext rc) {
        String traceparent = rc.request().getHeader(TRACEPARENT);
        if (traceparent == null || !TRACEPARENT_FORMAT.matcher(traceparent).matches()) {
            rc.request().headers().set(TRACEPARENT, newTraceparent());
            rc.request().headers().remove("tracestate");
        }
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
