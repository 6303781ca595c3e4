package dev.kindling.hub.client;

import dev.kindling.common.client.Upstreams;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * What hub-service asks startup-service. Call through {@code Upstreams.call(NAME, …)} so that a
 * dependency that is down, slow or broken becomes a 503 with Retry-After.
 */
@ApplicationScoped
public class StartupService {
    public static final String NAME = "startup-service";

    private final CohortsApi cohorts;

    public StartupService(@RestClient CohortsApi cohorts) {
        this.cohorts = cohorts;
    }

    /** Whether any cohort of the program runs at the hub. A 404 for the list means it cannot tell. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public boolean hasCohorts(UUID programId, UUID hubId) {
        CohortPage page = Upstreams.found(NAME, cohorts.list(programId, hubId, 1))
                .orElseThrow(() -> new Upstreams.UpstreamException(NAME, 404));
        return page.items() != null && !page.items().isEmpty();
    }
}
