package dev.kindling.funding.service;

import dev.kindling.common.money.Money;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.rest.Versioned;
import dev.kindling.common.security.Caller;
import dev.kindling.funding.api.ApprovalPolicyRequest;
import dev.kindling.funding.api.ApprovalPolicyRequest.Threshold;
import dev.kindling.funding.api.ApprovalPolicyView;
import dev.kindling.funding.domain.ApprovalKind;
import dev.kindling.funding.domain.Budget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Approval policies per budget (admin): which roles approve, and over which amounts a movement needs
 * how many distinct approvers. "Over" is strict: with "disbursements over 10,000 need 2", a payment of
 * exactly 10,000 is made at once and one of 10,000.01 waits for two approvals; the highest threshold
 * below the amount applies. No policy, or an amount at or below every threshold: today's behaviour.
 */
@ApplicationScoped
public class ApprovalPolicies {
    private final EntityManager em;
    private final Budgets budgets;
    private final Caller caller;

    public ApprovalPolicies(EntityManager em, Budgets budgets, Caller caller) {
        this.em = em;
        this.budgets = budgets;
        this.caller = caller;
    }

    /** How many approvals this movement needs (0: none, it happens at once). */
    public int required(UUID budgetId, ApprovalKind kind, BigDecimal amount) {
        List<?> rows = em.createNativeQuery("select approvals from approval_threshold"
                        + " where budget_id = ?1 and kind = ?2 and over < ?3 order by over desc limit 1")
                .setParameter(1, budgetId)
                .setParameter(2, kind.name())
                .setParameter(3, amount)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** The roles that may approve on this budget (none without a policy). */
    public Set<String> approverRoles(UUID budgetId) {
        List<?> roles = em.createNativeQuery("select approver_roles from approval_policy where budget_id = ?1")
                .setParameter(1, budgetId)
                .getResultList();
        return roles.isEmpty() ? Set.of() : roles(roles.get(0));
    }

    public Versioned<ApprovalPolicyView> view(UUID budgetId) {
        return find(budgets.get(budgetId))
                .orElseThrow(() -> ProblemException.notFound("approval policy of budget", budgetId));
    }

    /**
     * Sets the policy. Replacing one needs the If-Match of the one read (428 without, 412 when stale);
     * the first needs none. Thresholds are in the budget's currency, one per kind and amount.
     */
    @Transactional
    public Versioned<ApprovalPolicyView> put(UUID budgetId, String ifMatch, ApprovalPolicyRequest request) {
        Budget budget = budgets.get(budgetId);
        check(budget, request);
        List<?> current = em.createNativeQuery("select version from approval_policy where budget_id = ?1 for update")
                .setParameter(1, budgetId)
                .getResultList();
        OffsetDateTime now = StoredTime.now();
        String roles = "{" + String.join(",", new TreeSet<>(request.approverRoles())) + "}";
        if (current.isEmpty()) {
            ETags.check(ETags.optional(ifMatch), -1);
            em.createNativeQuery("insert into approval_policy (budget_id, approver_roles, updated_at, updated_by)"
                            + " values (?1, cast(?2 as text[]), ?3, ?4)")
                    .setParameter(1, budgetId)
                    .setParameter(2, roles)
                    .setParameter(3, now)
                    .setParameter(4, caller.subject())
                    .executeUpdate();
        } else {
            ETags.check(ETags.required(ifMatch), ((Number) current.get(0)).longValue());
            em.createNativeQuery("update approval_policy set approver_roles = cast(?2 as text[]), updated_at = ?3,"
                            + " updated_by = ?4, version = version + 1 where budget_id = ?1")
                    .setParameter(1, budgetId)
                    .setParameter(2, roles)
                    .setParameter(3, now)
                    .setParameter(4, caller.subject())
                    .executeUpdate();
            em.createNativeQuery("delete from approval_threshold where budget_id = ?1")
                    .setParameter(1, budgetId)
                    .executeUpdate();
        }
        for (Threshold t : request.thresholds()) {
            em.createNativeQuery(
                            "insert into approval_threshold (budget_id, kind, over, approvals) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, budgetId)
                    .setParameter(2, t.kind().name())
                    .setParameter(3, t.over().value())
                    .setParameter(4, t.approvals())
                    .executeUpdate();
        }
        return find(budget).orElseThrow();
    }

    /** Removes the policy: movements on the budget happen at once again (pending requests stay). */
    @Transactional
    public void delete(UUID budgetId, String ifMatch) {
        Versioned<ApprovalPolicyView> current = view(budgetId);
        ETags.check(ETags.optional(ifMatch), current.version());
        em.createNativeQuery("delete from approval_policy where budget_id = ?1")
                .setParameter(1, budgetId)
                .executeUpdate();
    }

    private static void check(Budget budget, ApprovalPolicyRequest request) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.thresholds().size(); i++) {
            Threshold t = request.thresholds().get(i);
            String field = "thresholds[" + i + "].over";
            if (!budget.currency.equals(t.over().currency())) {
                throw ProblemException.ofField(
                        ProblemType.CURRENCY_MISMATCH, field, "must be in the budget's currency, " + budget.currency);
            }
            if (!seen.add(t.kind() + " " + t.over().value().stripTrailingZeros().toPlainString())) {
                throw ProblemException.badRequest(field, "names the same kind and amount twice");
            }
        }
    }

    private Optional<Versioned<ApprovalPolicyView>> find(Budget budget) {
        UUID budgetId = budget.id;
        List<?> policy = em.createNativeQuery(
                        "select approver_roles, version, updated_at, updated_by from approval_policy where budget_id = ?1")
                .setParameter(1, budgetId)
                .getResultList();
        if (policy.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) policy.get(0);
        String currency = budget.currency;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, over, approvals from approval_threshold"
                        + " where budget_id = ?1 order by kind, over")
                .setParameter(1, budgetId)
                .getResultList();
        List<Threshold> thresholds = rows.stream()
                .map(t -> new Threshold(
                        ApprovalKind.valueOf((String) t[0]),
                        Money.of((BigDecimal) t[1], currency),
                        ((Number) t[2]).intValue()))
                .toList();
        ApprovalPolicyView view =
                new ApprovalPolicyView(budgetId, roles(row[0]), thresholds, toOffset(row[2]), (String) row[3]);
        return Optional.of(new Versioned<>(view, ((Number) row[1]).longValue()));
    }

    private static Set<String> roles(Object column) {
        try {
            Object[] values = column instanceof Array array ? (Object[]) array.getArray() : (Object[]) column;
            return new TreeSet<>(Arrays.stream(values).map(String::valueOf).toList());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime toOffset(Object column) {
        if (column instanceof OffsetDateTime odt) {
            return odt;
        }
        if (column instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) column).toInstant().atOffset(ZoneOffset.UTC);
    }
}
