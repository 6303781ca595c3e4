package dev.kindling.gateway.events;

import dev.kindling.common.feed.EventTypes;
import dev.kindling.common.problem.Problem;
import dev.kindling.common.problem.ProblemException;
import io.smallrye.mutiny.Uni;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change feed of the whole suite: every service's outbox, merged, scoped to the caller. */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "manager", "partner", "viewer"})
@Tag(name = "Events", description = "The change feed: what changed, in order, for partners' copies")
public class EventFeedResource {
    private static final String TYPE = "[a-z_]{1,40}\\.[a-z_]{1,40}";
    private static final String TYPES = TYPE + "(," + TYPE + "){0,49}";
    private static final String LIMIT = "must be a whole number from 1 to 200";

    private final EventFeedReader reader;

    public EventFeedResource(EventFeedReader reader) {
        this.reader = reader;
    }

    @GET
    @Operation(
            operationId = "listEvents",
            summary = "The changes after a cursor",
            description = "Every change of hubs, programs, partners, startups, cohorts, enrollments, budgets,"
                    + " allocations, disbursements and approval requests, at least once, each service's in the"
                    + " order it published them (so each resource's changes in the order they happened)."
                    + " A partner sees the events about its hubs. Without `after`, the feed starts at the"
                    + " oldest event it keeps (events are kept 7 days after publication by default);"
                    + " an empty page means caught up: ask again with the same cursor.")
    @APIResponse(responseCode = "200", description = "The next events and the cursor after them")
    @APIResponse(
            responseCode = "410",
            description = "The cursor is older than the feed's retention: events after it were deleted unread",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EventPage> list(
            @QueryParam("after")
                    @Pattern(regexp = EventCursor.PATTERN, message = "is not a cursor of this feed")
                    @Parameter(
                            description = "The nextCursor (or an event's cursor) of an earlier page; `now` for no"
                                    + " events and a cursor at the newest (start here after copying the current"
                                    + " state); absent for the oldest event kept")
                    String after,
            @QueryParam("types")
                    @Pattern(regexp = TYPES, message = "must be event types separated by commas")
                    @Parameter(
                            description = "Only these event types, comma-separated, e.g."
                                    + " `enrollment.accepted,allocation.created`",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 4100))
                    String types,
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Pattern(regexp = "\\d{1,9}", message = LIMIT)
                    @Min(value = 1, message = LIMIT)
                    @Max(value = 200, message = LIMIT)
                    @Parameter(
                            description = "Most events in the page, 1 to 200",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "200",
                                            defaultValue = "50"))
                    String limit) {
        if (types != null) {
            List<String> unknown = EventTypes.unknown(types);
            if (!unknown.isEmpty()) {
                throw ProblemException.badRequest("types", "names no event type: " + String.join(", ", unknown));
            }
        }
        return reader.read(after, types, Integer.parseInt(limit));
    }
}
