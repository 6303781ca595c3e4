package dev.kindling.startup;

import dev.kindling.common.testing.RetentionContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RetentionTest extends RetentionContract {}
