package dev.kindling.funding;

import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.StrictInputContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubAndStartupServiceMock.class)
class StrictInputTest extends StrictInputContract {

    @Override
    protected List<CreateProbe> creates() {
        return List.of(new CreateProbe(
                "/api/v1/budgets",
                "budget",
                "name",
                () -> "{\"programId\":\"" + Fixtures.PROGRAM + "\",\"name\":\"%s\",\"source\":\"Huawei\","
                        + "\"kind\":\"CASH\",\"startsOn\":\"2024-01-01\","
                        + "\"total\":{\"amount\":\"1000.00\",\"currency\":\"USD\"}}"));
    }
}
