package dev.kindling.funding.client;

import dev.kindling.common.client.Upstreams;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Reads startup-service with a timeout, a breaker and one retry; a 404 is "absent". */
@ApplicationScoped
public class StartupDirectory {
    public static final String SERVICE = "startup-service";
    static final List<String> FUNDABLE = List.of("ACCEPTED", "ACTIVE");

    private final StartupClient client;

    public StartupDirectory(@RestClient StartupClient client) {
        this.client = client;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100)
    public Optional<CohortInfo> cohort(UUID id) {
        return Upstreams.found(SERVICE, client.cohort(id));
    }

    /** The startup's ACCEPTED or ACTIVE enrollments in cohorts of the program (first page). */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100)
    public List<EnrollmentInfo> fundableEnrollments(UUID startupId, UUID programId) {
        return Upstreams.found(SERVICE, client.enrollments(startupId, programId, FUNDABLE, 10))
                .map(EnrollmentInfo.Page::items)
                .orElse(List.of());
    }
}
