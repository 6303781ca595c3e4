package dev.kindling.hub.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Versioned;
import dev.kindling.hub.api.ProgramRequest;
import dev.kindling.hub.api.ProgramUpdateRequest;
import dev.kindling.hub.api.ProgramView;
import dev.kindling.hub.domain.Program;
import dev.kindling.hub.domain.ProgramKind;
import dev.kindling.hub.domain.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Creates, reads, lists and updates programs. */
@ApplicationScoped
public class ProgramService {

    private final EntityManager em;
    private final Outbox outbox;
    private final ProgramAccess access;
    private final ProgramViews views;

    public ProgramService(EntityManager em, Outbox outbox, ProgramAccess access, ProgramViews views) {
        this.em = em;
        this.outbox = outbox;
        this.access = access;
        this.views = views;
    }

    /** The filters of the program list; null means "any". */
    public record ProgramFilter(String code, UUID hubId, Region region, ProgramKind kind, boolean includeArchived) {}

    @Transactional
    public Versioned<ProgramView> create(ProgramRequest request) {
        checkPeriod(request.startsOn(), request.endsOn());
        if (Program.count("code", request.code()) > 0) {
            throw ProblemException.duplicate("code", "another program already has code " + request.code(), null);
        }
        Program program = new Program();
        program.id = Ids.newId();
        program.code = request.code();
        program.name = request.name();
        program.kind = request.kind();
        program.region = request.region();
        program.startsOn = request.startsOn();
        program.endsOn = request.endsOn();
        program.createdAt = Now.instant();
        program.updatedAt = program.createdAt;
        program.persist();
        em.flush();
        return changed(program, "program.created");
    }

    @Transactional
    public Versioned<ProgramView> get(UUID id) {
        return views.versioned(access.visible(id));
    }

    @Transactional
    public Page<ProgramView> list(ProgramFilter filter, PageRequest page) {
        boolean scoped = access.isHubScoped();
        if (scoped && access.hubCodes().isEmpty()) {
            return new Page<>(List.of(), null);
        }
        Page<Program> programs = Keyset.of(Program.class)
                .where(
                        "exists (select 1 from ProgramHub f where f.programId = e.id and f.hubId = :hubId)",
                        "hubId",
                        filter.hubId())
                .where("e.code = :code", "code", filter.code())
                .where("e.region = :region", "region", filter.region())
                .where("e.kind = :kind", "kind", filter.kind())
                .whereIf(!filter.includeArchived(), "e.archived = false")
                .where(ProgramAccess.PARTNER_SCOPE, "hubCodes", scoped ? access.hubCodes() : null)
                .page(em, Program.class, page, p -> p.id);
        return new Page<>(views.views(programs.items()), programs.nextCursor());
    }

    @Transactional
    public Versioned<ProgramView> update(UUID id, long expectedVersion, ProgramUpdateRequest request) {
        Program program = access.visible(id);
        ETags.check(expectedVersion, program.version);
        checkPeriod(request.startsOn(), request.endsOn());
        program.name = request.name();
        program.kind = request.kind();
        program.region = request.region();
        program.startsOn = request.startsOn();
        program.endsOn = request.endsOn();
        program.updatedAt = Now.instant();
        em.flush();
        return changed(program, "program.updated");
    }

    /** Records the event of a flushed change of the program (or of its hubs or targets). */
    Versioned<ProgramView> changed(Program program, String eventType) {
        return changed(program, eventType, List.of());
    }

    /** As {@link #changed(Program, String)}, the event also about these hubs (e.g. one just removed). */
    Versioned<ProgramView> changed(Program program, String eventType, List<String> alsoHubCodes) {
        ProgramView view = views.view(program);
        List<String> hubCodes = new ArrayList<>(alsoHubCodes);
        view.hubs().forEach(h -> hubCodes.add(h.hubCode()));
        outbox.record(eventType, program.id, hubCodes, view);
        return new Versioned<>(view, program.version);
    }

    static void checkPeriod(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw ProblemException.badRequest("endsOn", "must not be before startsOn");
        }
    }
}
