package dev.kindling.funding.client;

import dev.kindling.common.client.Upstreams;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads hub-service with the timeout, retry and breaker of configuration ({@code quarkus.fault-tolerance.*});
 * a 404 is "absent", never a failure that trips the breaker.
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
}
