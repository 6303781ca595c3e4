package dev.kindling.startup;

import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.ProblemResponsesContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
class ProblemResponsesTest extends ProblemResponsesContract {

    @Override
    protected List<String> lists() {
        return List.of(
                "/api/v1/startups",
                "/api/v1/cohorts",
                "/api/v1/enrollments",
                "/api/v1/scaleups",
                "/api/v1/scaleups/candidates?programId=" + UUID.randomUUID());
    }

    @Override
    protected List<BadFilter> badFilters() {
        return List.of(
                new BadFilter("/api/v1/startups", "cohortId", "not-a-uuid"),
                new BadFilter("/api/v1/startups", "programId", "not-a-uuid"),
                new BadFilter("/api/v1/startups", "hubId", "not-a-uuid"),
                new BadFilter("/api/v1/startups", "status", "NOPE"),
                new BadFilter("/api/v1/startups", "scaleup", "maybe"),
                new BadFilter("/api/v1/cohorts", "programId", "not-a-uuid"),
                new BadFilter("/api/v1/cohorts", "hubId", "not-a-uuid"),
                new BadFilter("/api/v1/enrollments", "startupId", "not-a-uuid"),
                new BadFilter("/api/v1/enrollments", "cohortId", "not-a-uuid"),
                new BadFilter("/api/v1/enrollments", "programId", "not-a-uuid"),
                new BadFilter("/api/v1/enrollments", "hubId", "not-a-uuid"),
                new BadFilter("/api/v1/enrollments", "status", "NOPE"),
                new BadFilter("/api/v1/scaleups", "programId", "not-a-uuid"),
                new BadFilter("/api/v1/scaleups", "hubId", "not-a-uuid"),
                new BadFilter("/api/v1/scaleups", "startupId", "not-a-uuid"),
                new BadFilter("/api/v1/scaleups/candidates", "programId", "not-a-uuid"),
                new BadFilter("/api/v1/scaleups/candidates?programId=" + UUID.randomUUID(), "asOf", "yesterday"),
                new BadFilter("/api/v1/startup-stats", "programId", "not-a-uuid"),
                new BadFilter("/api/v1/startup-stats", "hubId", "not-a-uuid"));
    }
}
