package dev.kindling.funding.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The correction of a disbursement. */
public record ReversalView(UUID id, String reason, OffsetDateTime reversedAt, String reversedBy) {}
