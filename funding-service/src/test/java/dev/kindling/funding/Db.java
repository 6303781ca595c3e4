package dev.kindling.funding;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads stored rows directly, to check what the API wrote (or did not). */
@ApplicationScoped
public class Db {
    private final EntityManager em;

    public Db(EntityManager em) {
        this.em = em;
    }

    public long count(String sql, Object... params) {
        return ((Number) single(sql, params)).longValue();
    }

    public Object single(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.getSingleResult();
        });
    }

    public int execute(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.executeUpdate();
        });
    }

    /** Runs a SQL script (several statements) in one transaction. */
    public void script(String sql) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.unwrap(org.hibernate.Session.class).doWork(connection -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute(sql);
                    }
                }));
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return (List<Object>) query.getResultList();
        });
    }
}
