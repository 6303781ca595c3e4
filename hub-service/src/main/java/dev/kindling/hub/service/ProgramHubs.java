package dev.kindling.hub.service;

import dev.kindling.common.client.Upstreams;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.hub.api.ProgramView;
import dev.kindling.hub.client.StartupService;
import dev.kindling.hub.domain.Hub;
import dev.kindling.hub.domain.Program;
import dev.kindling.hub.domain.ProgramHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Adds and removes the hubs that run a program. Both lock the program row and bump its version, so
 * its ETag changes whenever its hubs do. A hub leaves a program only when startup-service confirms
 * no cohort of the program runs there.
 */
@ApplicationScoped
public class ProgramHubs {
    private final EntityManager em;
    private final ProgramAccess access;
    private final ProgramService programs;
    private final StartupService startups;

    public ProgramHubs(EntityManager em, ProgramAccess access, ProgramService programs, StartupService startups) {
        this.em = em;
        this.access = access;
        this.programs = programs;
        this.startups = startups;
    }

    @Transactional
    public Tagged<ProgramView> add(UUID programId, UUID hubId) {
        Program program = access.lockedForChange(programId);
        if (program.archived) {
            throw Problems.archived("program", "get new hubs");
        }
        Hub hub = em.find(Hub.class, hubId);
        if (hub == null) {
            throw ProblemException.invalidReference("hubId", "no hub with id " + hubId);
        }
        if (hub.archived) {
            throw ProblemException.ofField(ProblemType.ARCHIVED, "hubId", "hub " + hub.code + " is archived");
        }
        if (em.find(ProgramHub.class, new ProgramHub.Key(programId, hubId)) != null) {
            throw ProblemException.duplicate("hubId", "hub " + hub.code + " already runs it", null);
        }
        ProgramHub link = new ProgramHub();
        link.programId = programId;
        link.hubId = hubId;
        link.addedAt = Now.instant();
        em.persist(link);
        return touched(program, "ProgramHubAdded");
    }

    /**
     * Removes a hub from a program: 404 when it does not run it, 409 hub-has-cohorts when
     * startup-service lists a cohort of the program at the hub, 503 when startup-service does not
     * answer. The remote check comes before any write.
     */
    @Transactional
    public Tagged<ProgramView> remove(UUID programId, UUID hubId) {
        access.visible(programId);
        if (em.find(ProgramHub.class, new ProgramHub.Key(programId, hubId)) == null) {
            throw ProblemException.notFound("hub of this program", hubId);
        }
        if (Upstreams.call(StartupService.NAME, () -> startups.hasCohorts(programId, hubId))) {
            throw ProblemException.conflict(
                    ProblemType.HUB_HAS_COHORTS,
                    "Cohorts of this program run at this hub; the hub keeps running the program while they exist");
        }
        Program program = access.lockedForChange(programId);
        int removed = em.createQuery("delete from ProgramHub ph where ph.programId = :program and ph.hubId = :hub")
                .setParameter("program", programId)
                .setParameter("hub", hubId)
                .executeUpdate();
        if (removed == 0) {
            throw ProblemException.notFound("hub of this program", hubId);
        }
        return touched(program, "ProgramHubRemoved");
    }

    private Tagged<ProgramView> touched(Program program, String eventType) {
        program.updatedAt = Now.instant();
        em.flush();
        return programs.changed(program, eventType);
    }
}
