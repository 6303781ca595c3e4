package dev.kindling.startup.client;

import dev.kindling.common.client.Upstreams;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads programs and hubs from hub-service, with the timeout, retry (these are GETs) and breaker of
 * configuration ({@code quarkus.fault-tolerance.*}: the suite's defaults, overridable for this class).
 * A 404 is an empty answer and never trips the breaker; anything else that is not a 2xx, a timeout or
 * a broken connection is a failure. Callers wrap calls in {@link Upstreams#call} to answer 503.
 */
@ApplicationScoped
@Timeout
@Retry
@CircuitBreaker
public class HubServiceClient {
    public static final String SERVICE = "hub-service";

    private final HubServiceApi api;

    public HubServiceClient(@RestClient HubServiceApi api) {
        this.api = api;
    }

    public Optional<ProgramInfo> program(UUID id) {
        return Upstreams.found(SERVICE, api.program(id));
    }

    public Optional<HubInfo> hub(UUID id) {
        return Upstreams.found(SERVICE, api.hub(id));
    }

    public Optional<PartnerInfo> partner(UUID id) {
        return Upstreams.found(SERVICE, api.partner(id));
    }
}
