package dev.kindling.funding.client;

import dev.kindling.common.client.Upstreams;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads startup-service with the timeout, retry and breaker of configuration
 * ({@code quarkus.fault-tolerance.*}); a 404 is "absent", never a failure that trips the breaker.
 */
@ApplicationScoped
@Timeout
@Retry
@CircuitBreaker
public class StartupServiceClient {
    public static final String SERVICE = "startup-service";
    static final List<String> FUNDABLE = List.of("ACCEPTED", "ACTIVE");

    private final StartupServiceApi api;

    public StartupServiceClient(@RestClient StartupServiceApi api) {
        this.api = api;
    }

    public Optional<CohortInfo> cohort(UUID id) {
        return Upstreams.found(SERVICE, api.cohort(id));
    }

    public Optional<StartupInfo> startup(UUID id) {
        return Upstreams.found(SERVICE, api.startup(id));
    }

    /** The startup's ACCEPTED or ACTIVE enrollments in cohorts of the program (first page). */
    public List<EnrollmentInfo> fundableEnrollments(UUID startupId, UUID programId) {
        return Upstreams.found(SERVICE, api.enrollments(startupId, programId, FUNDABLE, 10))
                .map(EnrollmentInfo.Page::items)
                .orElse(List.of());
    }
}
