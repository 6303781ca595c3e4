package dev.kindling.gateway.events;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;

/**
 * One service's own change feed, called straight with the caller's token (the service scopes it). Built
 * once per upstream by {@link EventFeedReader}; the raw response, so that a 400 or 410 can be read too.
 */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@RegisterClientHeaders
public interface ServiceFeedClient {
    @GET
    Uni<Response> read(
            @QueryParam("after") String after, @QueryParam("types") String types, @QueryParam("limit") int limit);
}
