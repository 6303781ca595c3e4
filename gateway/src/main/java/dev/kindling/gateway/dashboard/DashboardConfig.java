package dev.kindling.gateway.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.Optional;

/** What the dashboard needs to sign people in (defaults and env names in application.properties). */
@ConfigMapping(prefix = "kindling.dashboard")
public interface DashboardConfig {

    /** The OpenID Connect provider; without it the dashboard offers development sign-in only. */
    Optional<URI> oidcIssuer();

    /** The dashboard's client id at the provider (a public client: code flow with PKCE, no secret). */
    Optional<String> oidcClientId();

    /** Scopes asked for at sign-in. */
    @WithDefault("openid profile")
    String oidcScope();

    /** The provider's origin (scheme, host and port), or empty when none is configured. */
    default Optional<String> oidcOrigin() {
        return oidcIssuer().map(uri -> uri.getScheme() + "://" + uri.getRawAuthority());
    }
}
