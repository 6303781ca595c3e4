package dev.kindling.funding.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dated rate: 1 base = rate quote. */
public record ExchangeRateView(
        UUID id,
        String base,
        String quote,
        @Schema(description = "A decimal string, as imported", examples = "1.0845") String rate,
        LocalDate date,
        String source,
        OffsetDateTime createdAt,
        String createdBy) {}
