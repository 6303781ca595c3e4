package dev.kindling.gateway.limits;

import dev.kindling.gateway.config.GatewayConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One token bucket per client (token subject, or address when anonymous), in this gateway instance. */
@ApplicationScoped
public class RateLimiter {
    private static final long SWEEP_MILLIS = 60_000;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final GatewayConfig.RateLimit limit;

    public RateLimiter(GatewayConfig config, Vertx vertx) {
        this.limit = config.rateLimit();
        vertx.setPeriodic(SWEEP_MILLIS, id -> sweep());
    }

    public ConsumptionProbe consume(String client) {
        return buckets.computeIfAbsent(client, k -> newBucket()).tryConsumeAndReturnRemaining(1);
    }

    public long capacity() {
        return limit.capacity();
    }

    /** Forgets clients whose bucket has filled up again, so the map holds only recent clients. */
    void sweep() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit.capacity());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.capacity())
                        .refillGreedy(limit.refillTokens(), limit.refillPeriod())
                        .build())
                .build();
    }
}
