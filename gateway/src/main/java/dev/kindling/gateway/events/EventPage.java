package dev.kindling.gateway.events;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed. */
@Schema(name = "EventPage")
public record EventPage(
        @Schema(
                        required = true,
                        description = "The events after the cursor, each service's in the order it published them")
                List<Event> events,
        @Schema(
                        required = true,
                        description = "Pass as ?after= for the next page; always present (an empty page means"
                                + " caught up: ask again later with the same cursor)")
                String nextCursor,
        @Schema(
                        required = true,
                        description = "Services that did not answer: their events come later, from where this"
                                + " cursor left them (nothing is skipped)")
                List<String> unavailable) {}
