package dev.kindling.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * What every service's {@code @QuarkusTest} runs against: a freshly created PostgreSQL database for
 * this test run (dropped at the end) and the test token issuer's public key; every answer a test
 * reads through RestAssured is held against the committed contract ({@link ContractFilter}).
 */
public class KindlingTestResource implements QuarkusTestResourceLifecycleManager {
    private PostgresTestDatabase database;

    @Override
    public Map<String, String> start() {
        database = new PostgresTestDatabase("kindling_test").create();
        Map<String, String> config = new HashMap<>(TestTokens.config());
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.user());
        config.put("quarkus.datasource.password", database.password());
        // Tests publish outbox events when they mean to (OutboxPublisher.publishAll), not on a timer.
        config.put("kindling.feed.publish", "false");
        ContractFilter.install();
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.drop();
        }
    }
}
