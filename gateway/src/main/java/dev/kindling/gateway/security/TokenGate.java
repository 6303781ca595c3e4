package dev.kindling.gateway.security;

import dev.kindling.common.problem.Challenges;
import dev.kindling.common.problem.ProblemJson;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.gateway.config.GatewayConfig;
import dev.kindling.gateway.web.Orders;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Lets a request to a protected path through only with a valid bearer token. smallrye-jwt verifies it
 * (signature RS256 with the configured key or JWKS, issuer, expiry; {@code alg: none} never passes);
 * this handler turns a missing or bad token into a 401 problem with {@code WWW-Authenticate}. Roles
 * are the services' business: the Authorization header goes upstream unchanged.
 */
@ApplicationScoped
public class TokenGate {
    /** Routing-context key holding the verified subject, for rate limiting. */
    public static final String SUBJECT = "kindling.subject";

    private final VerifiedTokens verified;

    public TokenGate(VerifiedTokens verified) {
        this.verified = verified;
    }

    void register(@Observes Router router, GatewayConfig config) {
        router.routeWithRegex(config.protectedPaths()).order(Orders.TOKEN).handler(this::check);
    }

    void check(RoutingContext rc) {
        String token = bearerToken(rc);
        String known = verified.subjectOf(token);
        if (known != null) {
            rc.put(SUBJECT, known);
            rc.next();
            return;
        }
        Uni<SecurityIdentity> identity = rc.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (identity == null) {
            reject(rc, ProblemType.MISSING_TOKEN, "Authentication is not available", Challenges.BEARER);
            return;
        }
        rc.request().pause();
        identity.subscribe()
                .with(
                        found -> {
                            if (found.isAnonymous() && presentsToken(rc)) {
                                invalid(rc);
                            } else if (found.isAnonymous()) {
                                reject(rc, ProblemType.MISSING_TOKEN, Challenges.MISSING_DETAIL, Challenges.BEARER);
                            } else {
                                String subject = subject(found);
                                if (found.getPrincipal() instanceof JsonWebToken jwt) {
                                    verified.remember(token, subject, jwt.getExpirationTime());
                                }
                                rc.put(SUBJECT, subject);
                                rc.next();
                            }
                        },
                        failure -> {
                            Log.debugf("Rejected token: %s", failure.getMessage());
                            invalid(rc);
                        });
    }

    /** A bearer token that left the caller anonymous was refused by the verifier. */
    private static boolean presentsToken(RoutingContext rc) {
        return bearerToken(rc) != null;
    }

    private static String bearerToken(RoutingContext rc) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim()
                : null;
    }

    private static void invalid(RoutingContext rc) {
        reject(rc, ProblemType.INVALID_TOKEN, Challenges.INVALID_DETAIL, Challenges.INVALID_TOKEN);
    }

    private static void reject(RoutingContext rc, ProblemType type, String detail, String challenge) {
        rc.request().resume();
        ProblemJson.send(rc, type, detail, Map.of(Challenges.HEADER, challenge));
    }

    private static String subject(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
