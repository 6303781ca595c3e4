package dev.kindling.gateway.limits;

import dev.kindling.common.problem.ProblemJson;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.gateway.config.GatewayConfig;
import dev.kindling.gateway.security.TokenGate;
import dev.kindling.gateway.web.Orders;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Per-client rate limit on protected paths, keyed by the token's subject (the client address when a
 * path is reached without a token). Every answer carries {@code RateLimit-Limit}, {@code
 * RateLimit-Remaining} and {@code RateLimit-Reset}; over the limit: 429 problem with Retry-After.
 */
@ApplicationScoped
public class RateLimitRoute {
    private final RateLimiter limiter;

    public RateLimitRoute(RateLimiter limiter) {
        this.limiter = limiter;
    }

    void register(@Observes Router router, GatewayConfig config) {
        if (config.rateLimit().enabled()) {
            router.routeWithRegex(config.protectedPaths())
                    .order(Orders.RATE_LIMIT)
                    .handler(this::limit);
        }
    }

    void limit(RoutingContext rc) {
        String subject = rc.get(TokenGate.SUBJECT);
        String client = subject != null
                ? "sub:" + subject
                : "addr:" + rc.request().remoteAddress().hostAddress();
        ConsumptionProbe probe = limiter.consume(client);
        HttpServerResponse response = rc.response();
        response.putHeader("RateLimit-Limit", Long.toString(limiter.capacity()));
        response.putHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        response.putHeader("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
        if (probe.isConsumed()) {
            rc.next();
            return;
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        ProblemJson.send(
                rc,
                ProblemType.RATE_LIMITED,
                "Too many requests from this client; try again in " + retryAfter + " s",
                Map.of("Retry-After", Long.toString(retryAfter)));
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
