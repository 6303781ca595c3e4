package dev.kindling.funding.api;

import java.util.List;
import java.util.UUID;

/** Whether every kept balance of a budget equals its recomputation from the journal. */
public record ReconciliationView(UUID budgetId, boolean consistent, List<BalanceCheck> checks) {}
