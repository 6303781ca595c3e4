package dev.kindling.hub;

import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.ProblemResponsesContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
class ProblemResponsesTest extends ProblemResponsesContract {

    @Override
    protected List<String> lists() {
        return List.of(
                "/api/v1/hubs",
                "/api/v1/partners",
                "/api/v1/programs",
                "/api/v1/hubs/" + Api.createHub() + "/partners",
                "/api/v1/programs/" + Api.createProgram() + "/partners");
    }

    @Override
    protected List<BadFilter> badFilters() {
        return List.of(
                new BadFilter("/api/v1/hubs", "region", "NOPE"),
                new BadFilter("/api/v1/hubs", "country", "XX"),
                new BadFilter("/api/v1/hubs", "kind", "NOPE"),
                new BadFilter("/api/v1/hubs", "status", "NOPE"),
                new BadFilter("/api/v1/partners", "kind", "NOPE"),
                new BadFilter("/api/v1/partners", "country", "XX"),
                new BadFilter("/api/v1/programs", "hubId", "not-a-uuid"),
                new BadFilter("/api/v1/programs", "region", "NOPE"),
                new BadFilter("/api/v1/programs", "kind", "NOPE"));
    }
}
