package dev.kindling.common.web;

import dev.kindling.common.problem.ProblemResponses;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Accepts a well-formed {@code X-Request-Id} or makes one, echoes it on the response, and puts it in
 * the logging context so that every log line of the request carries it.
 */
@ApplicationScoped
public class RequestIdFilter {
    public static final String MDC_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(RequestIdFilter::requestId);
    }

    static void requestId(RoutingContext rc) {
        String given = rc.request().getHeader(ProblemResponses.REQUEST_ID);
        String id = given != null && SAFE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        rc.request().headers().set(ProblemResponses.REQUEST_ID, id);
        rc.response().putHeader(ProblemResponses.REQUEST_ID, id);
        MDC.put(MDC_KEY, id);
        rc.next();
    }
}
