package dev.kindling.startup.api;

import dev.kindling.common.money.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A KPI snapshot as the API answers it. */
@Schema(name = "KpiSnapshot")
public record KpiView(
        UUID id,
        UUID startupId,
        LocalDate asOf,
        int headcount,
        @Schema(nullable = true) Money revenue,
        @Schema(nullable = true) Money fundsRaised,
        boolean illustrative,
        String recordedBy,
        OffsetDateTime createdAt) {}
