package dev.kindling.common.persistence;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one keyset-paged list query of every service: a JPQL select whose paged entity is aliased
 * {@code e}, filters added only when their value is given, then {@code e.id > :after order by e.id}
 * with {@code limit + 1} rows, so that {@link Page#of} can tell whether a next page exists. Ids are
 * UUIDv7, so the order is creation order and the index on the key serves every page.
 *
 * <pre>{@code
 * Keyset.of(Hub.class)
 *         .where("e.region = :region", "region", filter.region())   // skipped when null
 *         .whereAnyOf("e.status in :statuses", "statuses", statuses) // skipped when null or empty
 *         .whereIf(!includeArchived, "e.archived = false")
 *         .page(em, Hub.class, page, h -> h.id);
 * }</pre>
 */
public final class Keyset {
    private final String select;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String key = "e.id";
    private String groupBy;

    private Keyset(String select) {
        this.select = select;
    }

    /** {@code select e from <Entity> e}. */
    public static Keyset of(Class<?> entity) {
        return new Keyset("select e from " + entity.getSimpleName() + " e");
    }

    /** A select of its own (joins, a constructor expression, an aggregate), its paged entity aliased {@code e}. */
    public static Keyset select(String select) {
        return new Keyset(select);
    }

    /** Adds {@code condition} (which names {@code :name}) when {@code value} is not null. */
    public Keyset where(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds {@code condition} (an {@code in :name}) when {@code values} holds any: an optional "one of" filter. */
    public Keyset whereAnyOf(String condition, String name, Collection<?> values) {
        return values == null || values.isEmpty() ? this : where(condition, name, values);
    }

    /** Adds a condition that always applies; bind what it names with {@link #bind}. */
    public Keyset where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition without parameters when {@code applies}. */
    public Keyset whereIf(boolean applies, String condition) {
        return applies ? where(condition) : this;
    }

    /** Binds a parameter named by a condition added with {@link #where(String)}; null binds nothing. */
    public Keyset bind(String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
        return this;
    }

    /** Pages by another UUID path than {@code e.id} (e.g. {@code e.startupId} of a grouped query). */
    public Keyset keyedBy(String path) {
        this.key = path;
        return this;
    }

    public Keyset groupBy(String path) {
        this.groupBy = path;
        return this;
    }

    /** The rows of one page plus one (the extra row only tells that a next page exists). */
    public <T> List<T> fetch(EntityManager em, Class<T> type, PageRequest page) {
        UUID after = page.after();
        List<String> all = new ArrayList<>(conditions);
        if (after != null) {
            all.add(key + " > :after");
        }
        String jpql = select
                + (all.isEmpty() ? "" : " where " + String.join(" and ", all))
                + (groupBy == null ? "" : " group by " + groupBy)
                + " order by " + key;
        TypedQuery<T> query = em.createQuery(jpql, type).setMaxResults(page.limit() + 1);
        bindTo(query);
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultList();
    }

    /** One page of {@code type}, its next cursor the key of its last item. */
    public <T> Page<T> page(EntityManager em, Class<T> type, PageRequest page, Function<T, UUID> keyOf) {
        return Page.of(fetch(em, type, page), page.limit(), keyOf);
    }

    /** The conditions as a where clause (empty when none), for a query this builder does not run. */
    public String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public void bindTo(Query query) {
        parameters.forEach(query::setParameter);
    }
}
