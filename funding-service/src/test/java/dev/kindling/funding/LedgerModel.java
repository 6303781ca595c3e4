package dev.kindling.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An independent model of one budget's money, written from the rules of the issue, not from the
 * service's code: it predicts which requests must succeed and what every balance must be.
 */
final class LedgerModel {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal committed = BigDecimal.ZERO;
    BigDecimal disbursed = BigDecimal.ZERO;
    long version;
    final TreeMap<Integer, Line> lines = new TreeMap<>();
    final List<Alloc> allocations = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();

    static final class Line {
        BigDecimal total;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;

        Line(BigDecimal total) {
            this.total = total;
        }
    }

    static final class Alloc {
        UUID id;
        Integer year;
        BigDecimal amount;
        BigDecimal released = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        String status = "OPEN";

        BigDecimal remaining() {
            return amount.subtract(released).subtract(disbursed);
        }
    }

    static final class Payment {
        UUID id;
        Alloc allocation;
        BigDecimal amount;
        boolean reversed;
    }

    boolean canAllocate(Integer year, BigDecimal amount) {
        boolean lineOk = year == null || lines.get(year).committed.add(amount).compareTo(lines.get(year).total) <= 0;
        return lineOk && committed.add(amount).compareTo(total) <= 0;
    }

    void allocated(Alloc a) {
        allocations.add(a);
        commit(a.year, a.amount, BigDecimal.ZERO);
    }

    /** Cancel (nothing paid) or release: what was not paid goes back. */
    void closed(Alloc a, String status) {
        a.status = status;
        BigDecimal back = a.remaining();
        a.released = a.released.add(back);
        commit(a.year, back.negate(), BigDecimal.ZERO);
    }

    void paid(Payment p) {
        payments.add(p);
        p.allocation.disbursed = p.allocation.disbursed.add(p.amount);
        commit(p.allocation.year, BigDecimal.ZERO, p.amount);
    }

    void reversed(Payment p) {
        p.reversed = true;
        Alloc a = p.allocation;
        a.disbursed = a.disbursed.subtract(p.amount);
        BigDecimal back = "OPEN".equals(a.status) ? BigDecimal.ZERO : p.amount;
        a.released = a.released.add(back);
        commit(a.year, back.negate(), p.amount.negate());
    }

    /** The committed/disbursed moves of the budget and, for a lined allocation, its line. */
    private void commit(Integer year, BigDecimal committedDelta, BigDecimal disbursedDelta) {
        committed = committed.add(committedDelta);
        disbursed = disbursed.add(disbursedDelta);
        if (year != null) {
            Line line = lines.get(year);
            line.committed = line.committed.add(committedDelta);
            line.disbursed = line.disbursed.add(disbursedDelta);
        }
    }
}
