package dev.kindling.funding;

import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.ProblemResponsesContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubAndStartupServiceMock.class)
class ProblemResponsesTest extends ProblemResponsesContract {

    @Override
    protected List<String> lists() {
        String budget = Api.budget("USD", "1000").create().toString();
        String allocation =
                Api.allocated(java.util.UUID.fromString(budget), "10", "USD").toString();
        return List.of(
                "/api/v1/budgets",
                "/api/v1/allocations",
                "/api/v1/disbursements?allocationId=" + allocation,
                "/api/v1/budgets/" + budget + "/amendments",
                "/api/v1/budgets/" + budget + "/journal",
                "/api/v1/budgets/" + budget + "/recipients");
    }

    @Override
    protected List<BadFilter> badFilters() {
        return List.of(
                new BadFilter("/api/v1/budgets", "programId", "not-a-uuid"),
                new BadFilter("/api/v1/budgets", "kind", "NOPE"),
                new BadFilter("/api/v1/budgets", "currency", "usd"),
                new BadFilter("/api/v1/allocations", "budgetId", "not-a-uuid"),
                new BadFilter("/api/v1/allocations", "recipientType", "NOPE"),
                new BadFilter("/api/v1/allocations", "recipientId", "not-a-uuid"),
                new BadFilter("/api/v1/allocations", "hubId", "not-a-uuid"),
                new BadFilter("/api/v1/allocations", "status", "NOPE"),
                new BadFilter("/api/v1/disbursements", "allocationId", "not-a-uuid"),
                new BadFilter("/api/v1/funding-reports/utilisation", "programId", "not-a-uuid"),
                new BadFilter("/api/v1/funding-reports/utilisation", "hubId", "not-a-uuid"),
                new BadFilter("/api/v1/funding-reports/utilisation", "groupBy", "planet"));
    }
}
