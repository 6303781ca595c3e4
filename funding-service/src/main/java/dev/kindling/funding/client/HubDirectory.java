package dev.kindling.funding.client;

import dev.kindling.common.client.Upstreams;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Reads hub-service with a timeout, a breaker and one retry; a 404 is "absent", not a failure. */
@ApplicationScoped
public class HubDirectory {
    public static final String SERVICE = "hub-service";

    private final HubClient client;

    public HubDirectory(@RestClient HubClient client) {
        this.client = client;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100)
    public Optional<ProgramInfo> program(UUID id) {
        return Upstreams.found(SERVICE, client.program(id));
    }
}
