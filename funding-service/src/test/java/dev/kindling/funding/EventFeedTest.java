package dev.kindling.funding;

import dev.kindling.common.testing.EventFeedContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EventFeedTest extends EventFeedContract {}
