package dev.kindling.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** How database errors that escape a service are answered (as the PostgreSQL driver reports them). */
class PersistenceProblemsTest {
    private final PersistenceProblems problems = new PersistenceProblems();

    private ProblemType typeOf(Throwable error) {
        return problems.translate(error).map(ProblemException::type).orElse(null);
    }

    @Test
    void aLostOrRefusedConnectionIsA503WithRetryAfterNotA500() {
        for (String state : new String[] {"08006", "08001", "08003", "57P01", "57P03"}) {
            Throwable wrapped = new IllegalStateException("JDBC exception", new SQLException("gone", state));
            ProblemException problem = problems.translate(wrapped).orElseThrow();
            assertEquals(ProblemType.DATABASE_UNAVAILABLE, problem.type(), state);
            assertEquals(503, problem.type().status());
            assertEquals("2", problem.headers().get("Retry-After"), state);
        }
    }

    @Test
    void aCommitThatLostItsConnectionIsFoundAmongTheSuppressed() {
        // Narayana: RollbackException("Could not commit"), the driver's error suppressed on an XAException
        Exception xa = new Exception("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        Exception rollback = new IllegalStateException("Could not commit transaction");
        rollback.addSuppressed(xa);
        assertEquals(ProblemType.DATABASE_UNAVAILABLE, typeOf(new RuntimeException(rollback)));
    }

    @Test
    void otherDatabaseErrorsKeepTheirAnswers() {
        assertEquals(ProblemType.DUPLICATE, typeOf(new SQLException("duplicate key", "23505")));
        assertEquals(ProblemType.CONTENTION, typeOf(new SQLException("could not serialize", "40001")));
        assertTrue(problems.translate(new SQLException("syntax", "42601")).isEmpty());
        assertTrue(problems.translate(new IllegalStateException("no SQL here")).isEmpty());
    }
}
