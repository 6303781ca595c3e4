package dev.kindling.common.events;

import dev.kindling.common.feed.FeedPage;
import dev.kindling.common.security.Caller;
import dev.kindling.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A service's own change feed, which the gateway merges into the public {@code GET /api/v1/events}
 * (there the cursor is opaque; here it is this service's position). Left out of the service's OpenAPI
 * document: clients use the gateway's.
 */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER, Roles.PARTNER})
public class EventFeedResource {
    /** An event type, or a comma-separated list of them. */
    public static final String TYPES = "[a-z_]{1,40}\\.[a-z_]{1,40}(,[a-z_]{1,40}\\.[a-z_]{1,40}){0,49}";

    public static final int MAX_LIMIT = 500;

    private static final String POSITION = "must be a position of this feed (a whole number) or head";
    private static final String LIMIT = "must be a whole number from 1 to 500";

    private final EventFeed feed;
    private final Caller caller;

    public EventFeedResource(EventFeed feed, Caller caller) {
        this.feed = feed;
        this.caller = caller;
    }

    @GET
    @Operation(hidden = true)
    public FeedPage read(
            @QueryParam("after") @Pattern(regexp = "\\d{1,18}|" + FeedPage.HEAD, message = POSITION) String after,
            @QueryParam("types") @Pattern(regexp = TYPES, message = "must be event types separated by commas")
                    String types,
            @QueryParam("limit")
                    @DefaultValue("100")
                    @Pattern(regexp = "\\d{1,3}", message = LIMIT)
                    @Min(value = 1, message = LIMIT)
                    @Max(value = MAX_LIMIT, message = LIMIT)
                    String limit) {
        if (FeedPage.HEAD.equals(after)) {
            return feed.head();
        }
        Collection<String> typeList = types == null ? List.of() : Arrays.asList(types.split(","));
        Optional<Collection<String>> hubs = caller.isHubScoped() ? Optional.of(caller.hubs()) : Optional.empty();
        return feed.read(after == null ? null : Long.valueOf(after), typeList, Integer.parseInt(limit), hubs);
    }
}
