package dev.kindling.hub.service;

import dev.kindling.common.paging.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL list query built from optional filters, paged by id: {@code where … and e.id > :after
 * order by e.id}, fetching {@code limit + 1} rows so that {@code Page.of} can tell whether more follow.
 */
final class KeysetQuery {
    private final String select;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** @param select the query up to its where clause, with the paged entity aliased {@code e} */
    KeysetQuery(String select) {
        this.select = select;
    }

    /** Adds {@code condition} when {@code value} is not null, binding it as {@code :name}. */
    KeysetQuery where(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition without a parameter when {@code applies}. */
    KeysetQuery whereIf(boolean applies, String condition) {
        if (applies) {
            conditions.add(condition);
        }
        return this;
    }

    <T> List<T> fetch(EntityManager em, Class<T> type, PageRequest page) {
        where("e.id > :after", "after", page.after());
        String jpql =
                select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + " order by e.id";
        TypedQuery<T> query = em.createQuery(jpql, type).setMaxResults(page.limit() + 1);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
