package dev.kindling.hub;

import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.StrictInputContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
class StrictInputTest extends StrictInputContract {

    @Override
    protected List<CreateProbe> creates() {
        return List.of(
                new CreateProbe(
                        "/api/v1/hubs",
                        "hub",
                        "name",
                        () -> "{\"code\":\"" + Api.code() + "\",\"name\":\"%s\",\"kind\":\"STARTUP_HUB\","
                                + "\"country\":\"SG\",\"city\":\"Singapore\",\"region\":\"ASIA_PACIFIC\"}"),
                new CreateProbe(
                        "/api/v1/partners",
                        "partner",
                        "name",
                        () -> "{\"name\":\"%s\",\"kind\":\"INCUBATOR\",\"country\":\"HK\","
                                + "\"website\":\"https://example.org\"}"));
    }
}
