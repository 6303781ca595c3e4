package dev.kindling.gateway.readmodel;

import dev.kindling.gateway.readmodel.client.HubRecords;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The hub as hub-service knows it. */
@Schema(description = "The hub from hub-service; only status when UNAVAILABLE", requiredProperties = "status")
public record HubPart(PartStatus status, Details details) {

    public record Details(
            @Schema(examples = "SG") String code,
            String name,
            @Schema(ref = "HubKind") String kind,
            String country,
            @Schema(nullable = true) String city,
            @Schema(ref = "Region") String region,
            @Schema(ref = "HubStatus") String status) {}

    public static HubPart unavailable() {
        return new HubPart(PartStatus.UNAVAILABLE, null);
    }

    public static HubPart of(HubRecords.Hub hub) {
        return new HubPart(
                PartStatus.AVAILABLE,
                new Details(hub.code(), hub.name(), hub.kind(), hub.country(), hub.city(), hub.region(), hub.status()));
    }
}
