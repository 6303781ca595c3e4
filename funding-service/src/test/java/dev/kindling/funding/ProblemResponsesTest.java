package dev.kindling.funding;

import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.ProblemResponsesContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(UpstreamsMock.class)
class ProblemResponsesTest extends ProblemResponsesContract {}
