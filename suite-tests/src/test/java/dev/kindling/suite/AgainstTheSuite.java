package dev.kindling.suite;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class that runs against its own whole suite ({@link RunningSuite}: the four packaged services
 * on a fresh database with the demo data), started before its first test and stopped after its last,
 * with a {@link Gateway} client. A subclass's own {@code @BeforeAll} runs after the suite is up.
 */
abstract class AgainstTheSuite {
    static RunningSuite suite;
    static Gateway gateway;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.start();
        gateway = new Gateway(suite.gateway());
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
            suite = null;
        }
    }
}
