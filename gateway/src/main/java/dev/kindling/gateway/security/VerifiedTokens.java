package dev.kindling.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kindling.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Tokens whose signature, issuer and expiry the gateway verified recently, keyed by their exact text:
 * a client's next requests skip the RS256 check, which is most of the gateway's cost per request. An
 * entry lives for the configured TTL and never past the token's own expiry; the services verify every
 * token again.
 */
@ApplicationScoped
public class VerifiedTokens {
    private record Verified(String subject, Instant expiresAt) {}

    private final Cache<String, Verified> cache;
    private final boolean enabled;

    public VerifiedTokens(GatewayConfig config) {
        Duration ttl = config.tokenCache().ttl();
        this.enabled = config.tokenCache().maxSize() > 0 && !ttl.isZero();
        this.cache = Caffeine.newBuilder()
                .maximumSize(Math.max(config.tokenCache().maxSize(), 1))
                .expireAfterWrite(ttl.isZero() ? Duration.ofMillis(1) : ttl)
                .build();
    }

    /** The subject of a token verified before and not yet expired, or null. */
    public String subjectOf(String token) {
        if (!enabled || token == null) {
            return null;
        }
        Verified verified = cache.getIfPresent(token);
        if (verified == null) {
            return null;
        }
        if (!Instant.now().isBefore(verified.expiresAt())) {
            cache.invalidate(token);
            return null;
        }
        return verified.subject();
    }

    /** Remembers a token that was just verified; {@code expiresAtEpochSecond} is its exp claim. */
    public void remember(String token, String subject, long expiresAtEpochSecond) {
        if (enabled && token != null && expiresAtEpochSecond > 0) {
            cache.put(token, new Verified(subject, Instant.ofEpochSecond(expiresAtEpochSecond)));
        }
    }
}
