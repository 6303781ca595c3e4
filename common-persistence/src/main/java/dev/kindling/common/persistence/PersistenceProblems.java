package dev.kindling.common.persistence;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemTranslator;
import dev.kindling.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.StaleStateException;

/**
 * Safety net for database errors that escaped a service's own checks: a lost optimistic-lock race
 * is 412, a unique violation 409, a serialization failure or deadlock 503 with Retry-After, a lost or
 * refused database connection (a PostgreSQL restart, a failover) 503 {@code database-unavailable} with
 * Retry-After instead of a 500.
 */
@ApplicationScoped
public class PersistenceProblems implements ProblemTranslator {

    @Override
    public Optional<ProblemException> translate(Throwable error) {
        Optional<ProblemException> known = translateChain(error);
        if (known.isEmpty() && error != null) {
            // a failed commit reports its cause as a suppressed exception of the rollback
            for (Throwable t = error; t != null && known.isEmpty(); t = t.getCause()) {
                for (Throwable suppressed : t.getSuppressed()) {
                    known = translateChain(suppressed);
                    if (known.isPresent()) {
                        break;
                    }
                }
            }
        }
        return known;
    }

    private static Optional<ProblemException> translateChain(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Optional.of(
                        ProblemException.preconditionFailed("Someone else changed this resource first; read it again"));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "23505":
                        return Optional.of(new ProblemException(
                                ProblemType.DUPLICATE, "A resource with the same unique value already exists"));
                    case "40001", "40P01", "55P03":
                        return Optional.of(new ProblemException(
                                ProblemType.CONTENTION,
                                "The change collided with a concurrent one; nothing was written, try again",
                                List.of(),
                                Map.of("Retry-After", "1")));
                    case "57P01", "57P02", "57P03":
                        return Optional.of(databaseUnavailable());
                    default:
                        if (sql.getSQLState().startsWith("08")) {
                            return Optional.of(databaseUnavailable());
                        }
                        break;
                }
            }
        }
        return Optional.empty();
    }

    /** Connection lost or refused (SQLSTATE class 08), or the server shutting down or starting (57P0x). */
    private static ProblemException databaseUnavailable() {
        return new ProblemException(
                ProblemType.DATABASE_UNAVAILABLE,
                "The database could not be reached or dropped the connection; try again (a write sent again with"
                        + " its Idempotency-Key is done once)",
                List.of(),
                Map.of("Retry-After", "2"));
    }
}
