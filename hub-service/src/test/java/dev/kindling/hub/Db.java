package dev.kindling.hub;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Reads the stored state for assertions, in a transaction of its own. */
@ApplicationScoped
public class Db {
    private final EntityManager em;

    public Db(EntityManager em) {
        this.em = em;
    }

    public long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    public Object[] row(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            List<?> rows = query.getResultList();
            Object first = rows.get(0);
            return first instanceof Object[] columns ? columns : new Object[] {first};
        });
    }

    public void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate());
    }

    public long events(UUID aggregateId, String eventType) {
        return count("select count(*) from outbox where aggregate_id = ?1 and event_type = ?2", aggregateId, eventType);
    }
}
