package dev.kindling.common.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.lang.reflect.Proxy;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {
    private final Verifier verifier = new Verifier();

    @Test
    void aTokenVerifiedOnceIsNotVerifiedAgain() throws ParseException {
        JWTParser cache = cache(Duration.ofSeconds(60), 100);
        JsonWebToken first = cache.parse("good-in-an-hour");
        JsonWebToken second = cache.parse("good-in-an-hour");
        assertSame(first, second);
        assertEquals(1, verifier.calls.get());
        cache.parse("good-for-another");
        assertEquals(2, verifier.calls.get(), "another token text is verified on its own");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        JWTParser cache = cache(Duration.ofSeconds(60), 100);
        assertThrows(ParseException.class, () -> cache.parse("bad"));
        assertThrows(ParseException.class, () -> cache.parse("bad"));
        assertEquals(2, verifier.calls.get());
    }

    @Test
    void anExpiredTokenIsNeverServedFromTheCache() throws ParseException {
        JWTParser cache = cache(Duration.ofSeconds(60), 100);
        cache.parse("good-until-a-second-ago");
        assertThrows(ParseException.class, () -> cache.parse("good-until-a-second-ago"));
        assertEquals(2, verifier.calls.get());
    }

    @Test
    void sizeZeroTurnsTheCacheOff() throws ParseException {
        JWTParser cache = cache(Duration.ofSeconds(60), 0);
        cache.parse("good-in-an-hour");
        cache.parse("good-in-an-hour");
        assertEquals(2, verifier.calls.get());
    }

    private JWTParser cache(Duration ttl, long size) {
        return new VerifiedTokenCache(verifier.asParser(), ttl, size) {
            @Override
            public JsonWebToken parse(String token, JWTAuthContextInfo context) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken verify(String token, PublicKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken verify(String token, SecretKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken verify(String token, String secret) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken decrypt(String token, PrivateKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken decrypt(String token, SecretKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken decrypt(String token, String secret) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken parseOnly(String token) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /**
     * Plays smallrye-jwt: tokens named "good-…" pass with the expiry their name says, others fail; the
     * one that expired a second ago passes once (as within the verifier's clock skew) and then fails.
     */
    private static final class Verifier {
        final AtomicInteger calls = new AtomicInteger();
        private boolean expiredSeen;

        JsonWebToken parse(String token) throws ParseException {
            calls.incrementAndGet();
            long now = Instant.now().getEpochSecond();
            if (token.equals("good-until-a-second-ago")) {
                if (expiredSeen) {
                    throw new ParseException("expired");
                }
                expiredSeen = true;
                return new Token(token, now - 1);
            }
            if (!token.startsWith("good")) {
                throw new ParseException("bad signature");
            }
            return new Token(token, now + 3600);
        }

        JWTParser asParser() {
            return (JWTParser) Proxy.newProxyInstance(
                    JWTParser.class.getClassLoader(), new Class<?>[] {JWTParser.class}, (proxy, method, args) -> {
                        if (method.getName().equals("parse") && args.length == 1) {
                            return parse((String) args[0]);
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private record Token(String name, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return claim.equals("exp") ? (T) Long.valueOf(exp) : (T) Map.of().get(claim);
        }
    }
}
