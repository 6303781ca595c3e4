package dev.kindling.gateway.readmodel;

import dev.kindling.gateway.readmodel.client.StartupClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program's startups per hub and in total. */
@Schema(
        description = "Startups of the program per hub and in total; only status when UNAVAILABLE",
        requiredProperties = "status")
public record StartupPart(PartStatus status, StartupCounts total, List<HubCounts> hubs) {

    public record HubCounts(UUID hubId, @Schema(examples = "SG") String hubCode, StartupCounts counts) {}

    public static StartupPart unavailable() {
        return new StartupPart(PartStatus.UNAVAILABLE, null, null);
    }

    public static StartupPart of(StartupClient.Stats stats) {
        Map<UUID, HubCounts> perHub = new LinkedHashMap<>();
        StartupCounts total = StartupCounts.NONE;
        for (StartupClient.Group g : stats.groups() == null ? List.<StartupClient.Group>of() : stats.groups()) {
            StartupCounts counts = StartupCounts.of(g.counts(), g.scaleups());
            total = total.plus(counts);
            perHub.merge(
                    g.hubId(),
                    new HubCounts(g.hubId(), g.hubCode(), counts),
                    (a, b) -> new HubCounts(a.hubId(), a.hubCode(), a.counts().plus(b.counts())));
        }
        return new StartupPart(PartStatus.AVAILABLE, total, List.copyOf(perHub.values()));
    }
}
