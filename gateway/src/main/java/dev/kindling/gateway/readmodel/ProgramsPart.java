package dev.kindling.gateway.readmodel;

import dev.kindling.gateway.readmodel.client.HubRecords;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The programs run at a hub (the first page; {@code more} when there are others). */
@Schema(description = "Programs run at the hub; only status when UNAVAILABLE", requiredProperties = "status")
public record ProgramsPart(PartStatus status, List<ProgramSummary> items, Boolean more) {

    public record ProgramSummary(
            UUID id,
            String code,
            String name,
            @Schema(ref = "ProgramKind") String kind,
            @Schema(ref = "Region") String region,
            @Schema(nullable = true) LocalDate startsOn,
            @Schema(nullable = true) LocalDate endsOn) {}

    public static ProgramsPart unavailable() {
        return new ProgramsPart(PartStatus.UNAVAILABLE, null, null);
    }

    public static ProgramsPart of(HubRecords.ProgramPage page) {
        List<ProgramSummary> items = page.items() == null
                ? List.of()
                : page.items().stream()
                        .map(p -> new ProgramSummary(
                                p.id(), p.code(), p.name(), p.kind(), p.region(), p.startsOn(), p.endsOn()))
                        .toList();
        return new ProgramsPart(PartStatus.AVAILABLE, items, page.nextCursor() != null);
    }
}
