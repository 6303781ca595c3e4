package dev.kindling.funding.service;

import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.security.Caller;
import dev.kindling.funding.domain.Allocation;
import dev.kindling.funding.domain.EntryType;
import dev.kindling.funding.domain.JournalEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.UUID;

/** Appends journal entries, in the transaction of the movement they record. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Journal {
    private final EntityManager em;
    private final Caller caller;

    public Journal(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    /** A movement of a budget's total (opening or amendment). */
    public void total(EntryType type, UUID budgetId, Integer year, BigDecimal amount, String currency) {
        entry(type, budgetId, year, amount, currency).persist();
    }

    /** A movement of an allocation (commit, release, disbursement, reversal). */
    public void allocation(EntryType type, Allocation allocation, BigDecimal amount, UUID disbursementId) {
        JournalEntry entry = entry(type, allocation.budgetId, allocation.year, amount, allocation.currency);
        entry.allocationId = allocation.id;
        entry.disbursementId = disbursementId;
        entry.recipientType = allocation.recipientType;
        entry.recipientId = allocation.recipientId;
        entry.hubId = allocation.hubId;
        entry.hubCode = allocation.hubCode;
        entry.persist();
    }

    private JournalEntry entry(EntryType type, UUID budgetId, Integer year, BigDecimal amount, String currency) {
        JournalEntry entry = new JournalEntry();
        entry.id = Ids.newId();
        entry.type = type;
        entry.budgetId = budgetId;
        entry.year = year;
        entry.amount = amount;
        entry.currency = currency;
        entry.createdAt = StoredTime.now();
        entry.createdBy = caller.subject();
        return entry;
    }
}
