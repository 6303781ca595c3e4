package dev.kindling.funding.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kept balance next to the one recomputed from the journal. */
public record BalanceCheck(
        @Schema(description = "budget, line:<year>, recipient:<type>:<id> or allocation:<id>") String scope,
        Balance stored,
        Balance recomputed,
        boolean consistent) {}
