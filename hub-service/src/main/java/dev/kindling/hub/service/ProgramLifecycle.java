package dev.kindling.hub.service;

import dev.kindling.common.persistence.Outbox;
import dev.kindling.hub.api.ProgramView;
import dev.kindling.hub.domain.Program;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Archives programs, and deletes those nothing refers to. */
@ApplicationScoped
public class ProgramLifecycle {
    private final EntityManager em;
    private final ProgramAccess access;
    private final ProgramService programs;
    private final ProgramViews views;
    private final Outbox outbox;

    public ProgramLifecycle(
            EntityManager em, ProgramAccess access, ProgramService programs, ProgramViews views, Outbox outbox) {
        this.em = em;
        this.access = access;
        this.programs = programs;
        this.views = views;
        this.outbox = outbox;
    }

    @Transactional
    public Tagged<ProgramView> archive(UUID id) {
        Program program = access.lockedForChange(id);
        if (program.archived) {
            throw Problems.alreadyArchived("program");
        }
        program.archived = true;
        program.updatedAt = Now.instant();
        em.flush();
        return programs.changed(program, "ProgramArchived");
    }

    /** Deletes a program without hubs, targets or partners; otherwise 409 archive-instead. */
    @Transactional
    public void delete(UUID id) {
        Program program = access.lockedForChange(id);
        if (count("select count(ph) from ProgramHub ph where ph.programId = :id", id)
                        + count("select count(t) from ProgramTarget t where t.programId = :id", id)
                        + count("select count(l) from PartnerLink l where l.programId = :id", id)
                > 0) {
            throw Problems.archiveInstead("program");
        }
        outbox.record(ProgramService.AGGREGATE, id, "ProgramDeleted", views.view(program));
        em.remove(program);
    }

    private long count(String jpql, UUID id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
    }
}
