package dev.kindling.gateway.readmodel.client;

import dev.kindling.gateway.readmodel.FunnelCounts;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** startup-service's enrollment statistics, per (program, hub). */
@Path("/api/v1/startup-stats")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "startup")
@RegisterClientHeaders
public interface StartupClient {

    @GET
    Uni<RestResponse<Stats>> forProgram(@QueryParam("programId") UUID programId);

    /** Every (program, hub) group the caller may see. */
    @GET
    Uni<RestResponse<Stats>> all();

    @GET
    Uni<RestResponse<Stats>> forHub(@QueryParam("hubId") UUID hubId);

    record Stats(List<Group> groups) {}

    /** Enrollment counts by status (every status key present) and scale-ups of one program at one hub. */
    record Group(
            UUID programId, UUID hubId, String hubCode, Map<String, Long> counts, long scaleups, FunnelCounts funnel) {}
}
