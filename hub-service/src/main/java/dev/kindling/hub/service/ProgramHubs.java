package dev.kindling.hub.service;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.rest.Versioned;
import dev.kindling.hub.api.ProgramView;
import dev.kindling.hub.domain.Hub;
import dev.kindling.hub.domain.Program;
import dev.kindling.hub.domain.ProgramHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Adds and removes the hubs that run a program. Both lock the program row and bump its version, so
 * its ETag changes whenever its hubs do. Removal is checked with startup-service first, outside the
 * transaction, by {@link ProgramHubRemoval}.
 */
@ApplicationScoped
public class ProgramHubs {
    private final EntityManager em;
    private final ProgramAccess access;
    private final ProgramService programs;

    public ProgramHubs(EntityManager em, ProgramAccess access, ProgramService programs) {
        this.em = em;
        this.access = access;
        this.programs = programs;
    }

    @Transactional
    public Versioned<ProgramView> add(UUID programId, Long expectedVersion, UUID hubId) {
        Program program = access.lockedForChange(programId, expectedVersion);
        if (program.archived) {
            throw Problems.archived("program", "get new hubs");
        }
        Hub hub = Hub.findById(hubId);
        if (hub == null) {
            throw ProblemException.invalidReference("hubId", "no hub with id " + hubId);
        }
        if (hub.archived) {
            throw ProblemException.ofField(ProblemType.ARCHIVED, "hubId", "hub " + hub.code + " is archived");
        }
        if (ProgramHub.findById(new ProgramHub.Key(programId, hubId)) != null) {
            throw ProblemException.duplicate("hubId", "hub " + hub.code + " already runs it", null);
        }
        ProgramHub link = new ProgramHub();
        link.programId = programId;
        link.hubId = hubId;
        link.addedAt = Now.instant();
        link.persist();
        return touched(program, "program.hub_added");
    }

    /** 404 unless the caller may see the program and the hub runs it: the reads before the remote check. */
    @Transactional
    public void requireRunning(UUID programId, UUID hubId) {
        access.visible(programId);
        if (ProgramHub.findById(new ProgramHub.Key(programId, hubId)) == null) {
            throw ProblemException.notFound("hub of this program", hubId);
        }
    }

    /** Removes the hub once startup-service has confirmed it runs no cohort of the program. */
    @Transactional
    public Versioned<ProgramView> remove(UUID programId, UUID hubId, Long expectedVersion) {
        Program program = access.lockedForChange(programId, expectedVersion);
        long removed = ProgramHub.delete("programId = ?1 and hubId = ?2", programId, hubId);
        if (removed == 0) {
            throw ProblemException.notFound("hub of this program", hubId);
        }
        Hub hub = Hub.findById(hubId);
        return touched(program, "program.hub_removed", List.of(hub.code));
    }

    private Versioned<ProgramView> touched(Program program, String eventType) {
        return touched(program, eventType, List.of());
    }

    private Versioned<ProgramView> touched(Program program, String eventType, List<String> alsoHubCodes) {
        program.updatedAt = Now.instant();
        em.flush();
        return programs.changed(program, eventType, alsoHubCodes);
    }
}
