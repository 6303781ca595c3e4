package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import dev.kindling.funding.domain.EntryType;
import dev.kindling.funding.domain.RecipientType;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One movement in a budget's journal. */
public record JournalEntryView(
        UUID id,
        EntryType type,
        Money amount,
        Integer year,
        UUID allocationId,
        UUID disbursementId,
        RecipientType recipientType,
        UUID recipientId,
        String hubCode,
        OffsetDateTime createdAt,
        String createdBy) {}
