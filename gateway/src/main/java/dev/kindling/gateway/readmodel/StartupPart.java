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
public record StartupPart(PartStatus status, StartupCounts total, FunnelCounts funnel, List<HubCounts> hubs) {

    public record HubCounts(
            UUID hubId, @Schema(examples = "SG") String hubCode, StartupCounts counts, FunnelCounts funnel) {
        HubCounts plus(HubCounts other) {
            return new HubCounts(hubId, hubCode, counts.plus(other.counts), funnel.plus(other.funnel));
        }
    }

    public static StartupPart unavailable() {
        return new StartupPart(PartStatus.UNAVAILABLE, null, null, null);
    }

    public static StartupPart of(StartupClient.Stats stats) {
        Map<UUID, HubCounts> perHub = new LinkedHashMap<>();
        StartupCounts total = StartupCounts.NONE;
        FunnelCounts funnel = FunnelCounts.NONE;
        for (StartupClient.Group g : stats.groups() == null ? List.<StartupClient.Group>of() : stats.groups()) {
            StartupCounts counts = StartupCounts.of(g.counts(), g.scaleups());
            FunnelCounts reached = FunnelCounts.NONE.plus(g.funnel());
            total = total.plus(counts);
            funnel = funnel.plus(reached);
            perHub.merge(g.hubId(), new HubCounts(g.hubId(), g.hubCode(), counts, reached), HubCounts::plus);
        }
        return new StartupPart(PartStatus.AVAILABLE, total, funnel, List.copyOf(perHub.values()));
    }
}
