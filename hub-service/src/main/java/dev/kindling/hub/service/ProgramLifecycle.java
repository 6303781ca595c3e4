package dev.kindling.hub.service;

import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.rest.Versioned;
import dev.kindling.hub.api.ProgramView;
import dev.kindling.hub.domain.PartnerLink;
import dev.kindling.hub.domain.Program;
import dev.kindling.hub.domain.ProgramHub;
import dev.kindling.hub.domain.ProgramTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
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
    public Versioned<ProgramView> archive(UUID id, Long expectedVersion) {
        Program program = access.lockedForChange(id, expectedVersion);
        if (program.archived) {
            throw Problems.alreadyArchived("program");
        }
        program.archived = true;
        program.updatedAt = Now.instant();
        em.flush();
        return programs.changed(program, "program.archived");
    }

    /** Deletes a program without hubs, targets or partners; otherwise 409 archive-instead. */
    @Transactional
    public void delete(UUID id, Long expectedVersion) {
        Program program = access.lockedForChange(id, expectedVersion);
        if (ProgramHub.count("programId", id)
                        + ProgramTarget.count("programId", id)
                        + PartnerLink.count("programId", id)
                > 0) {
            throw Problems.archiveInstead("program");
        }
        outbox.record("program.deleted", id, List.of(), views.view(program));
        program.delete();
    }
}
