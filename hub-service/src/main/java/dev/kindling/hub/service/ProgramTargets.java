package dev.kindling.hub.service;

import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Versioned;
import dev.kindling.hub.api.TargetRequest;
import dev.kindling.hub.api.TargetView;
import dev.kindling.hub.domain.Program;
import dev.kindling.hub.domain.ProgramTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * A program's targets. Each has its own ETag; every change also locks the program and bumps its
 * version, since targets are part of the program's representation.
 */
@ApplicationScoped
public class ProgramTargets {
    private final EntityManager em;
    private final ProgramAccess access;
    private final ProgramService programs;

    public ProgramTargets(EntityManager em, ProgramAccess access, ProgramService programs) {
        this.em = em;
        this.access = access;
        this.programs = programs;
    }

    @Transactional
    public Versioned<TargetView> add(UUID programId, TargetRequest request) {
        Program program = access.lockedForChange(programId);
        if (program.archived) {
            throw Problems.archived("program", "get new targets");
        }
        requireUnique(programId, null, request);
        ProgramTarget target = new ProgramTarget();
        target.id = Ids.newId();
        target.programId = programId;
        apply(target, request);
        target.createdAt = Now.instant();
        target.persist();
        return touched(program, target, "program.target_added");
    }

    @Transactional
    public Versioned<TargetView> get(UUID programId, UUID targetId) {
        access.visible(programId);
        ProgramTarget target = find(programId, targetId);
        return new Versioned<>(ProgramViews.target(target), target.version);
    }

    @Transactional
    public Versioned<TargetView> update(UUID programId, UUID targetId, long expectedVersion, TargetRequest request) {
        Program program = access.lockedForChange(programId);
        ProgramTarget target = find(programId, targetId);
        ETags.check(expectedVersion, target.version);
        requireUnique(programId, targetId, request);
        apply(target, request);
        return touched(program, target, "program.target_updated");
    }

    @Transactional
    public void delete(UUID programId, UUID targetId, Long expectedVersion) {
        Program program = access.lockedForChange(programId);
        ProgramTarget target = find(programId, targetId);
        ETags.check(expectedVersion, target.version);
        target.delete();
        touched(program, target, "program.target_removed");
    }

    private ProgramTarget find(UUID programId, UUID targetId) {
        ProgramTarget target = ProgramTarget.findById(targetId);
        if (target == null || !target.programId.equals(programId)) {
            throw ProblemException.notFound("target of this program", targetId);
        }
        return target;
    }

    private void requireUnique(UUID programId, UUID targetId, TargetRequest request) {
        String due = request.dueOn() == null ? "t.dueOn is null" : "t.dueOn = :due";
        var query = em.createQuery(
                        "select t.id from ProgramTarget t where t.programId = :program and t.metric = :metric and "
                                + due,
                        UUID.class)
                .setParameter("program", programId)
                .setParameter("metric", request.metric());
        if (request.dueOn() != null) {
            query.setParameter("due", request.dueOn());
        }
        boolean taken = query.getResultStream().anyMatch(id -> !id.equals(targetId));
        if (taken) {
            throw ProblemException.duplicate(
                    "metric", "the program already has a " + request.metric() + " target for that date", null);
        }
    }

    private static void apply(ProgramTarget target, TargetRequest request) {
        target.metric = request.metric();
        target.value = request.value();
        target.dueOn = request.dueOn();
    }

    private Versioned<TargetView> touched(Program program, ProgramTarget target, String eventType) {
        program.updatedAt = Now.instant();
        em.flush();
        programs.changed(program, eventType);
        return new Versioned<>(ProgramViews.target(target), target.version);
    }
}
