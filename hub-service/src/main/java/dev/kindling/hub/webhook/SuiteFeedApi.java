package dev.kindling.hub.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The suite's change feed, as the gateway merges it (the webhook sender reads it like any consumer). */
@RegisterRestClient(configKey = "suite-feed")
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public interface SuiteFeedApi {
    @GET
    Page read(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("after") String after,
            @QueryParam("limit") int limit);

    /** A page of the feed: events as the public API shows them (kept as JSON, delivered as they are). */
    record Page(List<JsonNode> events, String nextCursor, List<String> unavailable) {}
}
