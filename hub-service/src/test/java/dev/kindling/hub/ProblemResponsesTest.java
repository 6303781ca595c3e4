package dev.kindling.hub;

import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.ProblemResponsesContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
class ProblemResponsesTest extends ProblemResponsesContract {}
