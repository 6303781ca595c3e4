package dev.kindling.funding.domain;

import java.math.BigDecimal;

/**
 * The kinds of journal entry and the one statement of what each does to the balances: its sign on
 * the total, the committed and the disbursed amount. Java ({@link #signed}) and SQL ({@link #sumSql},
 * used by reconciliation and reports) are both written from these signs, so they cannot disagree.
 */
public enum EntryType {
    BUDGET_OPENED(1, 0, 0),
    TOTAL_INCREASED(1, 0, 0),
    TOTAL_DECREASED(-1, 0, 0),
    COMMITTED(0, 1, 0),
    RELEASED(0, -1, 0),
    DISBURSED(0, 0, 1),
    DISBURSEMENT_REVERSED(0, 0, -1);

    /** The kept figures a journal entry moves. */
    public enum Figure {
        TOTAL,
        COMMITTED,
        DISBURSED
    }

    private final int total;
    private final int committed;
    private final int disbursed;

    EntryType(int total, int committed, int disbursed) {
        this.total = total;
        this.committed = committed;
        this.disbursed = disbursed;
    }

    /** +1, -1 or 0: how an entry of this type moves {@code figure}. */
    public int sign(Figure figure) {
        return switch (figure) {
            case TOTAL -> total;
            case COMMITTED -> committed;
            case DISBURSED -> disbursed;
        };
    }

    /** What an entry of this type and amount adds to {@code figure}. */
    public BigDecimal signed(Figure figure, BigDecimal amount) {
        return amount.multiply(BigDecimal.valueOf(sign(figure)));
    }

    /**
     * SQL that sums {@code figure} over journal rows, e.g. {@code sum(case j.entry_type when 'COMMITTED'
     * then j.amount when 'RELEASED' then -j.amount else 0 end)}.
     */
    public static String sumSql(Figure figure, String typeColumn, String amountColumn) {
        StringBuilder sql = new StringBuilder("sum(case ").append(typeColumn);
        for (EntryType type : values()) {
            int sign = type.sign(figure);
            if (sign != 0) {
                sql.append(" when '")
                        .append(type.name())
                        .append("' then ")
                        .append(sign < 0 ? "-" : "")
                        .append(amountColumn);
            }
        }
        return sql.append(" else 0 end)").toString();
    }
}
