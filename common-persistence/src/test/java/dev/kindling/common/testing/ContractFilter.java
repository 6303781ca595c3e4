package dev.kindling.common.testing;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;

/**
 * Every answer a service's API test receives through RestAssured is held against the committed
 * contract ({@link ContractCheck}): what a test sees, a generated client must be able to read.
 * Installed once for the test JVM by {@link KindlingTestResource}.
 */
public final class ContractFilter implements Filter {
    /**
     * A service's own change feed answers at the path of the gateway's merged one but is another
     * operation (hidden from the service's document; the gateway's is the public one).
     */
    private static final String SERVICE_FEED = "/api/v1/events";

    private static volatile boolean installed;

    static synchronized void install() {
        if (!installed) {
            RestAssured.filters(new ContractFilter());
            installed = true;
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        Response response = context.next(request, expected);
        String path = URI.create(request.getURI()).getRawPath();
        if (SERVICE_FEED.equals(path)) {
            return response;
        }
        ContractCheck.committed()
                .check(request.getMethod(), path, response.statusCode(), response::header, response.asString());
        return response;
    }
}
