package dev.kindling.startup.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;

/** Reads stored state in its own transaction, to check what the API wrote (or did not). */
public final class Db {
    private Db() {}

    public static long count(String jpql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em().createQuery(jpql, Long.class);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.getSingleResult();
        });
    }

    public static Object single(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.getSingleResult();
        });
    }

    public static EntityManager em() {
        return CDI.current().select(EntityManager.class).get();
    }
}
