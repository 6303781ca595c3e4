package dev.kindling.startup.service;

import dev.kindling.common.paging.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A keyset page query over one entity (alias {@code x}) with optional filters: a clause is added only
 * when its value is given. Pages are {@code x.id > :after order by x.id}, fetched with one extra row.
 */
final class Filter {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code clause} (which names {@code :param}) when value is not null. */
    Filter and(String clause, String param, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(param, value);
        }
        return this;
    }

    /** Adds {@code clause} (which names {@code :param}) when the list is not empty. */
    Filter andIn(String clause, String param, List<?> values) {
        return values == null || values.isEmpty() ? this : and(clause, param, values);
    }

    /** Binds a parameter that a clause added with {@link #and(String)} names; null binds nothing. */
    Filter param(String param, Object value) {
        if (value != null) {
            params.put(param, value);
        }
        return this;
    }

    Filter and(String clause) {
        clauses.add(clause);
        return this;
    }

    String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    void bind(Query query) {
        params.forEach(query::setParameter);
    }

    <T> List<T> page(EntityManager em, Class<T> type, PageRequest page) {
        UUID after = page.after();
        and("x.id > :after", "after", after);
        TypedQuery<T> query = em.createQuery(
                        "select x from " + type.getSimpleName() + " x" + where() + " order by x.id", type)
                .setMaxResults(page.limit() + 1);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
