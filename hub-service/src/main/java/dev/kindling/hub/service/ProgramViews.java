package dev.kindling.hub.service;

import dev.kindling.common.rest.Versioned;
import dev.kindling.hub.api.ProgramHubView;
import dev.kindling.hub.api.ProgramView;
import dev.kindling.hub.api.TargetView;
import dev.kindling.hub.domain.HubStatus;
import dev.kindling.hub.domain.Program;
import dev.kindling.hub.domain.ProgramTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Builds program views with their hubs and targets, in two queries for a whole page of programs. */
@ApplicationScoped
public class ProgramViews {
    private final EntityManager em;

    public ProgramViews(EntityManager em) {
        this.em = em;
    }

    Versioned<ProgramView> versioned(Program program) {
        return new Versioned<>(view(program), program.version);
    }

    ProgramView view(Program program) {
        return views(List.of(program)).get(0);
    }

    List<ProgramView> views(List<Program> programs) {
        if (programs.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = programs.stream().map(p -> p.id).toList();
        Map<UUID, List<ProgramHubView>> hubs = em.createQuery(
                        "select ph.programId, h.id, h.code, h.status from ProgramHub ph join Hub h on h.id = ph.hubId"
                                + " where ph.programId in :ids order by ph.addedAt, h.code",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        row -> (UUID) row[0],
                        Collectors.mapping(
                                row -> new ProgramHubView((UUID) row[1], (String) row[2], (HubStatus) row[3]),
                                Collectors.toList())));
        Map<UUID, List<TargetView>> targets = em.createQuery(
                        "select t from ProgramTarget t where t.programId in :ids order by t.id", ProgramTarget.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        t -> t.programId, Collectors.mapping(ProgramViews::target, Collectors.toList())));
        return programs.stream()
                .map(p -> new ProgramView(
                        p.id,
                        p.code,
                        p.name,
                        p.kind,
                        p.region,
                        p.startsOn,
                        p.endsOn,
                        p.archived,
                        hubs.getOrDefault(p.id, List.of()),
                        targets.getOrDefault(p.id, List.of()),
                        p.createdAt,
                        p.updatedAt))
                .toList();
    }

    static TargetView target(ProgramTarget t) {
        return new TargetView(t.id, t.metric, t.value, t.dueOn);
    }
}
