package dev.kindling.gateway.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DashboardHeadersTest {

    @Test
    void theConfiguredProviderIsTheOnlyOtherOriginThePageMayTalkTo() {
        DashboardConfig config = config("https://login.example.org:8443/realms/kindling");
        String policy = new DashboardHeaders(config).policy();
        assertEquals(Optional.of("https://login.example.org:8443"), config.oidcOrigin());
        assertTrue(policy.contains("connect-src 'self' https://login.example.org:8443;"), policy);
        assertTrue(policy.contains("form-action 'self' https://login.example.org:8443;"), policy);
    }

    @Test
    void withoutAProviderThePageTalksOnlyToItsOwnOrigin() {
        String policy = new DashboardHeaders(config(null)).policy();
        assertTrue(policy.contains("connect-src 'self';"), policy);
        assertTrue(policy.contains("script-src 'self';") && !policy.contains("unsafe"), policy);
    }

    private static DashboardConfig config(String issuer) {
        return new DashboardConfig() {
            @Override
            public Optional<URI> oidcIssuer() {
                return Optional.ofNullable(issuer).map(URI::create);
            }

            @Override
            public Optional<String> oidcClientId() {
                return Optional.of("kindling-dashboard");
            }

            @Override
            public String oidcScope() {
                return "openid";
            }
        };
    }
}
