package dev.kindling.common.problem;

import java.util.Optional;

/**
 * Turns an error that escaped a service's own checks into a problem, when it recognises it (a lost
 * optimistic-lock race, a unique violation, a serialization failure). Beans implementing it are asked
 * by {@link ProblemMappers} before an error becomes a 500; common-persistence contributes the
 * database ones, so this module needs no JPA.
 */
public interface ProblemTranslator {
    Optional<ProblemException> translate(Throwable error);
}
