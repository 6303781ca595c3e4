package dev.kindling.hub.service;

import dev.kindling.common.persistence.ETags;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.security.Caller;
import dev.kindling.hub.domain.Program;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * Finds programs as the caller may see them: staff see every program, a partner only the programs
 * run at one of the hubs of its token (any other is "not found", so its existence does not leak).
 */
@ApplicationScoped
public class ProgramAccess {
    /** The JPQL condition that keeps a partner's programs (entity alias {@code e}). */
    static final String PARTNER_SCOPE = "exists (select 1 from ProgramHub ph, Hub h"
            + " where ph.programId = e.id and h.id = ph.hubId and h.code in :hubCodes)";

    private final EntityManager em;
    private final Caller caller;

    public ProgramAccess(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    /** A program the caller may see, else 404. */
    Program visible(UUID id) {
        Program program = Program.findById(id);
        if (program == null || !canSee(id)) {
            throw ProblemException.notFound("program", id);
        }
        return program;
    }

    /** A program locked for a change of its hubs or targets, else 404. */
    Program lockedForChange(UUID id) {
        return lockedForChange(id, null);
    }

    /** As {@link #lockedForChange(UUID)}, and still the version the client read when it said (else 412). */
    Program lockedForChange(UUID id, Long expectedVersion) {
        Program program = Program.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (program == null) {
            throw ProblemException.notFound("program", id);
        }
        ETags.check(expectedVersion, program.version);
        return program;
    }

    boolean isHubScoped() {
        return caller.isHubScoped();
    }

    java.util.Set<String> hubCodes() {
        return caller.hubs();
    }

    private boolean canSee(UUID id) {
        if (!caller.isHubScoped()) {
            return true;
        }
        return !caller.hubs().isEmpty()
                && !em.createQuery("select e.id from Program e where e.id = :id and " + PARTNER_SCOPE, UUID.class)
                        .setParameter("id", id)
                        .setParameter("hubCodes", caller.hubs())
                        .getResultList()
                        .isEmpty();
    }
}
