package dev.kindling.startup;

import dev.kindling.common.testing.EventFeedContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EventFeedTest extends EventFeedContract {}
