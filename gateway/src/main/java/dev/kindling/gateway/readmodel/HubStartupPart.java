package dev.kindling.gateway.readmodel;

import dev.kindling.gateway.readmodel.client.StartupClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hub's startups per program and in total. */
@Schema(
        description = "Startups at the hub per program and in total; only status when UNAVAILABLE",
        requiredProperties = "status")
public record HubStartupPart(PartStatus status, StartupCounts total, List<ProgramCounts> programs) {

    public record ProgramCounts(UUID programId, StartupCounts counts) {}

    public static HubStartupPart unavailable() {
        return new HubStartupPart(PartStatus.UNAVAILABLE, null, null);
    }

    public static HubStartupPart of(StartupClient.Stats stats) {
        Map<UUID, ProgramCounts> perProgram = new LinkedHashMap<>();
        StartupCounts total = StartupCounts.NONE;
        for (StartupClient.Group g : stats.groups() == null ? List.<StartupClient.Group>of() : stats.groups()) {
            StartupCounts counts = StartupCounts.of(g.counts(), g.scaleups());
            total = total.plus(counts);
            perProgram.merge(
                    g.programId(),
                    new ProgramCounts(g.programId(), counts),
                    (a, b) -> new ProgramCounts(a.programId(), a.counts().plus(b.counts())));
        }
        return new HubStartupPart(PartStatus.AVAILABLE, total, List.copyOf(perProgram.values()));
    }
}
