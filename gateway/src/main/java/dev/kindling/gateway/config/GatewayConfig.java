package dev.kindling.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the gateway reads from configuration (defaults and env names in application.properties). */
@ConfigMapping(prefix = "kindling.gateway")
public interface GatewayConfig {

    /** Upstream services by name (hub, startup, funding). */
    Map<String, Upstream> upstreams();

    /** How long an upstream may stay silent before the gateway gives up with 504. */
    Duration upstreamTimeout();

    /** How long opening a connection to an upstream may take before the gateway answers 502. */
    Duration connectTimeout();

    /** Kept-alive connections per upstream. */
    int maxConnections();

    /** Largest request body the gateway accepts (413 above). */
    MemorySize maxBodySize();

    /** Requests whose path matches this regular expression need a valid bearer token. */
    String protectedPaths();

    RateLimit rateLimit();

    /** Verified tokens remembered so that a client's next request skips the RS256 check. */
    TokenCache tokenCache();

    OpenApi openapi();

    ReadModels readModels();

    interface Upstream {
        /** Base URL of the service, e.g. http://localhost:8081 (the read models call this one). */
        URI url();

        /** Base URLs of further instances of the service; the proxy takes url and these in turn. */
        Optional<List<URI>> replicas();

        /** Collection names under /api/v1 this service owns, e.g. hubs, partners, programs. */
        List<String> collections();
    }

    interface RateLimit {
        boolean enabled();

        /** Burst size: requests a subject may make at once. */
        long capacity();

        /** Requests given back every refill period. */
        long refillTokens();

        Duration refillPeriod();
    }

    interface TokenCache {
        /** How long a verified token is trusted without checking its signature again (never past exp). */
        @WithDefault("60s")
        Duration ttl();

        /** At most this many tokens are remembered; 0 turns the cache off. */
        @WithDefault("10000")
        long maxSize();
    }

    interface OpenApi {
        /** How long the merged document is reused before the services are asked again. */
        Duration cacheTtl();

        /** How long to wait for one service's document. */
        Duration fetchTimeout();
    }

    interface ReadModels {
        /** How long one part of a scoreboard or overview may take before it is marked unavailable. */
        Duration partTimeout();
    }
}
