package dev.kindling.hub.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** startup-service's cohort list, as hub-service uses it. */
@RegisterRestClient(configKey = "startup-service")
@RegisterClientHeaders
@Path("/api/v1/cohorts")
@Produces(MediaType.APPLICATION_JSON)
interface CohortsApi {
    @GET
    RestResponse<CohortPage> list(
            @QueryParam("programId") UUID programId, @QueryParam("hubId") UUID hubId, @QueryParam("limit") int limit);
}
