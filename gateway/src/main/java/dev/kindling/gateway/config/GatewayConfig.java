package dev.kindling.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Where the gateway sends each path prefix. */
@ConfigMapping(prefix = "kindling.gateway")
public interface GatewayConfig {

    /** Upstream services by name (hub, startup, funding). */
    Map<String, Upstream> upstreams();

    /** How long an upstream may take to answer before the gateway gives up with 504. */
    @WithDefault("10s")
    Duration upstreamTimeout();

    interface Upstream {
        /** Base URL of the service, e.g. http://localhost:8081. */
        URI url();

        /** Collection names under /api/v1 this service owns, e.g. hubs, partners, programs. */
        List<String> collections();
    }
}
