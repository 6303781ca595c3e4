package dev.kindling.gateway.readmodel.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** hub-service, called straight (not through the gateway) with the caller's headers. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "hub")
@RegisterClientHeaders
public interface HubClient {

    @GET
    @Path("/programs/{id}")
    Uni<RestResponse<HubRecords.Program>> program(@PathParam("id") UUID id);

    @GET
    @Path("/hubs/{id}")
    Uni<RestResponse<HubRecords.Hub>> hub(@PathParam("id") UUID id);

    @GET
    @Path("/programs")
    Uni<RestResponse<HubRecords.ProgramPage>> programs(
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/programs")
    Uni<RestResponse<HubRecords.ProgramPage>> programsAt(
            @QueryParam("hubId") UUID hubId, @QueryParam("limit") int limit);
}
