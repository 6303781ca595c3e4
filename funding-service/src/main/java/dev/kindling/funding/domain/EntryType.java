package dev.kindling.funding.domain;

import java.math.BigDecimal;

/** The kinds of journal entry, and what each does to the balances it is recomputed into. */
public enum EntryType {
    BUDGET_OPENED(1, 0, 0),
    TOTAL_INCREASED(1, 0, 0),
    TOTAL_DECREASED(-1, 0, 0),
    COMMITTED(0, 1, 0),
    RELEASED(0, -1, 0),
    DISBURSED(0, 0, 1),
    DISBURSEMENT_REVERSED(0, 0, -1);

    private final int total;
    private final int committed;
    private final int disbursed;

    EntryType(int total, int committed, int disbursed) {
        this.total = total;
        this.committed = committed;
        this.disbursed = disbursed;
    }

    public BigDecimal total(BigDecimal amount) {
        return amount.multiply(BigDecimal.valueOf(total));
    }

    public BigDecimal committed(BigDecimal amount) {
        return amount.multiply(BigDecimal.valueOf(committed));
    }

    public BigDecimal disbursed(BigDecimal amount) {
        return amount.multiply(BigDecimal.valueOf(disbursed));
    }
}
