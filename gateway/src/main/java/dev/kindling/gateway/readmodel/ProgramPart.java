package dev.kindling.gateway.readmodel;

import dev.kindling.gateway.readmodel.client.HubRecords;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The program as hub-service knows it: its hubs and its targets. */
@Schema(description = "The program from hub-service; only status when UNAVAILABLE", requiredProperties = "status")
public record ProgramPart(
        PartStatus status,
        String code,
        String name,
        @Schema(ref = "ProgramKind") String kind,
        @Schema(ref = "Region") String region,
        LocalDate startsOn,
        LocalDate endsOn,
        List<RunningHub> hubs,
        List<ProgramTarget> targets) {

    public record RunningHub(
            UUID hubId, @Schema(examples = "SG") String hubCode, @Schema(ref = "HubStatus") String status) {}

    public record ProgramTarget(
            UUID id,
            @Schema(ref = "TargetMetric") String metric,
            BigDecimal value,
            @Schema(nullable = true) LocalDate dueOn) {}

    public static ProgramPart unavailable() {
        return new ProgramPart(PartStatus.UNAVAILABLE, null, null, null, null, null, null, null, null);
    }

    public static ProgramPart of(HubRecords.Program p) {
        List<RunningHub> hubs = p.hubs() == null
                ? List.of()
                : p.hubs().stream()
                        .map(h -> new RunningHub(h.hubId(), h.hubCode(), h.status()))
                        .toList();
        List<ProgramTarget> targets = p.targets() == null
                ? List.of()
                : p.targets().stream()
                        .map(t -> new ProgramTarget(t.id(), t.metric(), t.value(), t.dueOn()))
                        .toList();
        return new ProgramPart(
                PartStatus.AVAILABLE,
                p.code(),
                p.name(),
                p.kind(),
                p.region(),
                p.startsOn(),
                p.endsOn(),
                hubs,
                targets);
    }
}
