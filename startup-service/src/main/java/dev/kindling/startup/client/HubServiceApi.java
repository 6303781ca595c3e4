package dev.kindling.startup.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** The part of hub-service's API this service reads; base URL from {@code quarkus.rest-client.hub-service.url}. */
@RegisterRestClient(configKey = "hub-service")
@RegisterClientHeaders
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface HubServiceApi {

    @GET
    @Path("/programs/{id}")
    RestResponse<ProgramInfo> program(@PathParam("id") UUID id);

    @GET
    @Path("/hubs/{id}")
    RestResponse<HubInfo> hub(@PathParam("id") UUID id);

    @GET
    @Path("/partners/{id}")
    RestResponse<PartnerInfo> partner(@PathParam("id") UUID id);
}
