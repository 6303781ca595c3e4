package dev.kindling.startup;

import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.StrictInputContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
class StrictInputTest extends StrictInputContract {

    @Override
    protected List<CreateProbe> creates() {
        return List.of(new CreateProbe(
                "/api/v1/startups",
                "startup",
                "name",
                () -> Api.startupJson("%s", "SG", "FINTECH", "https://" + UUID.randomUUID() + ".example")));
    }
}
