package dev.kindling.common.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers tokens that smallrye-jwt verified (signature, issuer, expiry), keyed by their exact text, so
 * that a client's next requests skip the RS256 check: a caller's token is the same on every request
 * and the services verify it on each one. An entry lives at most {@code kindling.token-cache.ttl} and
 * never past the token's {@code exp}; a token that failed verification is never remembered.
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokenCache implements JWTParser {
    private record Verified(JsonWebToken token, Instant expiresAt) {}

    private final JWTParser verifier;
    private final Cache<String, Verified> cache;

    @Inject
    VerifiedTokenCache(
            @Delegate JWTParser verifier,
            @ConfigProperty(name = "kindling.token-cache.ttl", defaultValue = "60s") Duration ttl,
            @ConfigProperty(name = "kindling.token-cache.max-size", defaultValue = "10000") long maxSize) {
        this.verifier = verifier;
        this.cache = maxSize > 0 && !ttl.isZero()
                ? Caffeine.newBuilder()
                        .maximumSize(maxSize)
                        .expireAfterWrite(ttl)
                        .build()
                : null;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (cache == null) {
            return verifier.parse(token);
        }
        Verified known = cache.getIfPresent(token);
        if (known != null && Instant.now().isBefore(known.expiresAt())) {
            return known.token();
        }
        JsonWebToken verified = verifier.parse(token);
        if (verified.getExpirationTime() > 0) {
            cache.put(token, new Verified(verified, Instant.ofEpochSecond(verified.getExpirationTime())));
        }
        return verified;
    }
}
