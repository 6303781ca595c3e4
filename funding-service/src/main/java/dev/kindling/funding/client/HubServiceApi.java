package dev.kindling.funding.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** hub-service, as far as funding reads it. Use {@link HubServiceClient}. */
@RegisterRestClient(configKey = HubServiceClient.SERVICE)
@RegisterClientHeaders
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface HubServiceApi {
    @GET
    @Path("/programs/{id}")
    RestResponse<ProgramInfo> program(@PathParam("id") UUID id);
}
