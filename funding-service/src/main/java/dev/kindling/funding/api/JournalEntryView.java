package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import dev.kindling.funding.domain.EntryType;
import dev.kindling.funding.domain.RecipientType;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One movement in a budget's journal. */
public record JournalEntryView(
        UUID id,
        EntryType type,
        Money amount,
        @Schema(nullable = true) Integer year,
        @Schema(nullable = true) UUID allocationId,
        @Schema(nullable = true) UUID disbursementId,
        @Schema(nullable = true) RecipientType recipientType,
        @Schema(nullable = true) UUID recipientId,
        @Schema(nullable = true) String hubCode,
        OffsetDateTime createdAt,
        String createdBy) {}
