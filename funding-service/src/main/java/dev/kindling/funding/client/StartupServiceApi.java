package dev.kindling.funding.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** startup-service, as far as funding reads it. Use {@link StartupServiceClient}. */
@RegisterRestClient(configKey = StartupServiceClient.SERVICE)
@RegisterClientHeaders
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface StartupServiceApi {
    @GET
    @Path("/cohorts/{id}")
    RestResponse<CohortInfo> cohort(@PathParam("id") UUID id);

    @GET
    @Path("/startups/{id}")
    RestResponse<StartupInfo> startup(@PathParam("id") UUID id);

    @GET
    @Path("/enrollments")
    RestResponse<EnrollmentInfo.Page> enrollments(
            @QueryParam("startupId") UUID startupId,
            @QueryParam("programId") UUID programId,
            @QueryParam("status") List<String> statuses,
            @QueryParam("limit") int limit);
}
