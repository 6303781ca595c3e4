package dev.kindling.hub.client;

import dev.kindling.common.client.Upstreams;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * What hub-service asks startup-service, with the timeout, retry and breaker of configuration
 * ({@code quarkus.fault-tolerance.*}). A 404 is "absent" and never trips the breaker; call through
 * {@code Upstreams.call(SERVICE, …)} so that a service that is down, slow or broken becomes a 503.
 */
@ApplicationScoped
@Timeout
@Retry
@CircuitBreaker
public class StartupServiceClient {
    public static final String SERVICE = "startup-service";

    private final StartupServiceApi api;

    public StartupServiceClient(@RestClient StartupServiceApi api) {
        this.api = api;
    }

    /** The first cohort of the program at the hub, if any (a page of one); empty when the list is not served. */
    public Optional<CohortInfo.Page> cohorts(UUID programId, UUID hubId) {
        return Upstreams.found(SERVICE, api.cohorts(programId, hubId, 1));
    }
}
