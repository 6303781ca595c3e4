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

/** The part of startup-service's API hub-service reads; use it through {@link StartupServiceClient}. */
@RegisterRestClient(configKey = StartupServiceClient.SERVICE)
@RegisterClientHeaders
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface StartupServiceApi {
    @GET
    @Path("/cohorts")
    RestResponse<CohortInfo.Page> cohorts(
            @QueryParam("programId") UUID programId, @QueryParam("hubId") UUID hubId, @QueryParam("limit") int limit);
}
