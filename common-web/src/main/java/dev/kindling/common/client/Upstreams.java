package dev.kindling.common.client;

import dev.kindling.common.problem.ProblemException;
import jakarta.ws.rs.ProcessingException;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * How a service calls another: the typed client returns a {@link RestResponse} (the default error
 * mapper is off, see common config), the wrapping bean (with {@code @Timeout}, {@code
 * @CircuitBreaker}, and {@code @Retry} for GETs) turns it into a value with {@link #found}, so a 404
 * is an ordinary "absent" that never trips the breaker, and the caller wraps the bean call in
 * {@link #call}, so that a dependency that is down, slow or broken becomes a 503 problem with
 * Retry-After before anything is written.
 */
public final class Upstreams {
    public static final int RETRY_AFTER_SECONDS = 5;

    private Upstreams() {}

    /** The entity of a 2xx answer, empty for 404; any other status is an {@link UpstreamException}. */
    public static <T> Optional<T> found(String service, RestResponse<T> response) {
        int status = response.getStatus();
        if (status == 404) {
            return Optional.empty();
        }
        if (status < 200 || status >= 300) {
            throw new UpstreamException(service, status);
        }
        return Optional.ofNullable(response.getEntity());
    }

    /** Runs a call to another service; a failure to get an answer becomes 503 with Retry-After. */
    public static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (UpstreamException | FaultToleranceException | ProcessingException e) {
            throw ProblemException.dependencyUnavailable(service, RETRY_AFTER_SECONDS);
        }
    }

    /** Another service answered with a status we cannot use (5xx, 401, …). */
    public static class UpstreamException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UpstreamException(String service, int status) {
            super(service + " answered " + status, null, false, false);
        }
    }
}
