package dev.kindling.hub.webhook;

import dev.kindling.common.security.Roles;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The webhook sender's own token for reading the change feed: role {@code viewer} (read only, every
 * hub; the sender scopes each endpoint's events itself), subject {@code hub-service}, five minutes,
 * signed with the key of {@code smallrye.jwt.sign.key.location} ({@code KINDLING_JWT_PRIVATE_KEY}) under
 * the issuer the services verify. Renewed a minute before it expires.
 */
@ApplicationScoped
public class ServiceToken {
    static final String SUBJECT = "hub-service";
    private static final Duration LIFESPAN = Duration.ofMinutes(5);

    private final String issuer;
    private String token;
    private Instant renewAt = Instant.MIN;

    public ServiceToken(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.issuer = issuer;
    }

    /** The Authorization header value. */
    public synchronized String bearer() {
        Instant now = Instant.now();
        if (now.isAfter(renewAt)) {
            token = Jwt.issuer(issuer)
                    .subject(SUBJECT)
                    .groups(Set.of(Roles.VIEWER))
                    .issuedAt(now)
                    .expiresAt(now.plus(LIFESPAN))
                    .sign();
            renewAt = now.plus(LIFESPAN).minusSeconds(60);
        }
        return "Bearer " + token;
    }
}
