package dev.kindling.common.testing;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Reads (and, to plant a fault, changes) the stored state of the service under test with native SQL,
 * each call in a transaction of its own, so that tests check what the API wrote or did not write.
 * The one test helper for the database in every service.
 */
public final class Db {
    private Db() {}

    /** The number a {@code select count(*) …} answers. */
    public static long count(String sql, Object... params) {
        return ((Number) single(sql, params)).longValue();
    }

    /** The one value of a one-row, one-column query. */
    public static Object single(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> query(sql, params).getSingleResult());
    }

    /** The columns of the first row. */
    public static Object[] row(String sql, Object... params) {
        Object first = list(sql, params).get(0);
        return first instanceof Object[] columns ? columns : new Object[] {first};
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(String sql, Object... params) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (List<Object>) query(sql, params).getResultList());
    }

    /** Runs an update, insert or delete; answers the rows changed. */
    public static int execute(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> query(sql, params).executeUpdate());
    }

    /** Runs a SQL script (several statements) in one transaction. */
    public static void script(String sql) {
        QuarkusTransaction.requiringNew()
                .run(() -> em().unwrap(org.hibernate.Session.class).doWork(connection -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute(sql);
                    }
                }));
    }

    /** How many outbox events of this type the aggregate has. */
    public static long events(UUID aggregateId, String eventType) {
        return count("select count(*) from outbox where aggregate_id = ?1 and event_type = ?2", aggregateId, eventType);
    }

    /**
     * How many other connections of this database sit inside a transaction without running a statement:
     * while a service waits for another one, this is 0 if (and only if) it waits outside its transaction.
     */
    public static long idleInTransaction() {
        return count("select count(*) from pg_stat_activity where datname = current_database()"
                + " and state like 'idle in transaction%' and pid <> pg_backend_pid()");
    }

    /**
     * {@link #idleInTransaction()} read as soon as {@code seen} holds (e.g. WireMock has received the
     * call another service is waiting for, which it answers after a delay).
     */
    public static long idleInTransactionOnce(BooleanSupplier seen) {
        while (!seen.getAsBoolean()) {
            Thread.onSpinWait();
        }
        return idleInTransaction();
    }

    private static Query query(String sql, Object... params) {
        Query query = em().createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
