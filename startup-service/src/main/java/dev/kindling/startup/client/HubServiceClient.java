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
 * Reads programs and hubs from hub-service. A 404 is an empty answer (it never trips the breaker);
 * anything else that is not a 2xx, a timeout or a broken connection is a failure, retried (these are
 * GETs) and counted by the breaker. Callers wrap calls in {@link Upstreams#call} to answer 503.
 */
@ApplicationScoped
public class HubServiceClient {
    public static final String SERVICE = "hub-service";

    private final HubServiceApi api;

    public HubServiceClient(@RestClient HubServiceApi api) {
        this.api = api;
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    public Optional<ProgramInfo> program(UUID id) {
        return Upstreams.found(SERVICE, api.program(id));
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    public Optional<HubInfo> hub(UUID id) {
        return Upstreams.found(SERVICE, api.hub(id));
    }
}
