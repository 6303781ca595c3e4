package dev.kindling.funding.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A keyset-paged JPQL list: equality filters that were given, an optional extra condition, {@code
 * id > :after order by id}, {@code limit + 1} rows (the extra one tells that a next page exists).
 */
final class Keyset<T> {
    private final Class<T> type;
    private final Map<String, Object> filters = new LinkedHashMap<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final StringBuilder where = new StringBuilder(" where 1 = 1");

    private Keyset(Class<T> type) {
        this.type = type;
    }

    static <T> Keyset<T> of(Class<T> type) {
        return new Keyset<>(type);
    }

    /** {@code field = value} when value is not null. */
    Keyset<T> eq(String field, Object value) {
        if (value != null) {
            String name = "p" + (filters.size() + params.size());
            where.append(" and e.").append(field).append(" = :").append(name);
            filters.put(name, value);
        }
        return this;
    }

    /** {@code field in values}. */
    Keyset<T> in(String field, Object values) {
        String name = "p" + (filters.size() + params.size());
        where.append(" and e.").append(field).append(" in :").append(name);
        params.put(name, values);
        return this;
    }

    List<T> fetch(EntityManager em, UUID after, int limit) {
        if (after != null) {
            where.append(" and e.id > :after");
        }
        TypedQuery<T> query =
                em.createQuery("select e from " + type.getSimpleName() + " e" + where + " order by e.id", type);
        filters.forEach(query::setParameter);
        params.forEach(query::setParameter);
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.setMaxResults(limit + 1).getResultList();
    }
}
