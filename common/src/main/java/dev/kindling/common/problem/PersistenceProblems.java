package dev.kindling.common.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.hibernate.StaleStateException;

/**
 * Safety net for database errors that escaped a service's own checks: a lost optimistic-lock race
 * is 412, a unique violation 409, a serialization failure or deadlock 503 with Retry-After.
 */
final class PersistenceProblems {
    private PersistenceProblems() {}

    static Response map(Throwable error, HttpServerRequest request) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return ProblemResponses.of(
                        412, "stale-version", "Someone else changed this resource first; read it again", request);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "23505":
                        return ProblemResponses.of(
                                409, "duplicate", "A resource with the same unique value already exists", request);
                    case "40001", "40P01", "55P03":
                        return ProblemResponses.build(
                                503,
                                "contention",
                                "The change collided with a concurrent one; nothing was written, try again",
                                List.of(),
                                Map.of("Retry-After", "1"),
                                request);
                    default:
                        break;
                }
            }
        }
        return null;
    }
}
