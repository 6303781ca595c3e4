package dev.kindling.funding.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** One year of a budget with yearly lines; its balances change only through {@code Ledger}. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public BigDecimal total;

    @Column(nullable = false)
    public BigDecimal committed = BigDecimal.ZERO;

    @Column(nullable = false)
    public BigDecimal disbursed = BigDecimal.ZERO;

    public int year() {
        return key.year;
    }

    /** Budget and year. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "budget_id")
        public UUID budgetId;

        @Column(name = "year")
        public int year;

        public Key() {}

        public Key(UUID budgetId, int year) {
            this.budgetId = budgetId;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.budgetId.equals(budgetId) && k.year == year;
        }

        @Override
        public int hashCode() {
            return budgetId.hashCode() * 31 + year;
        }
    }
}
