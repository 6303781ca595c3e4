package dev.kindling.gateway.events;

import dev.kindling.common.client.Upstreams;
import dev.kindling.common.feed.FeedPage;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.gateway.config.GatewayConfig;
import io.quarkus.logging.Log;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The public change feed: reads each service's feed after the cursor's position for it, in parallel with
 * the caller's token (each service scopes its events to the caller), and merges the pages
 * ({@link EventMerge}). A service that does not answer in time is listed as unavailable and keeps its
 * position; a position one service has already deleted is a 410 for the whole cursor.
 */
@ApplicationScoped
public class EventFeedReader {
    /** {@code after=now}: no events, and a cursor at every service's newest event (503 if one is down). */
    public static final String NOW = "now";

    private final Map<String, ServiceFeedClient> services = new LinkedHashMap<>();
    private final Duration timeout;

    public EventFeedReader(GatewayConfig config) {
        this.timeout = config.readModels().partTimeout();
        config.upstreams().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(upstream -> services.put(
                        upstream.getKey(),
                        QuarkusRestClientBuilder.newBuilder()
                                .baseUri(upstream.getValue().url())
                                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                                .build(ServiceFeedClient.class)));
    }

    public Uni<EventPage> read(String after, String types, int limit) {
        boolean now = NOW.equals(after);
        EventCursor start = now ? new EventCursor(Map.of()) : EventCursor.decode(after, services.keySet());
        List<Uni<Optional<FeedPage>>> reads = new ArrayList<>();
        services.forEach((name, client) ->
                reads.add(readOne(name, client, now ? FeedPage.HEAD : position(start.of(name)), types, limit)));
        List<String> names = List.copyOf(services.keySet());
        return Uni.combine().all().unis(reads).with(answers -> {
            Map<String, FeedPage> pages = new LinkedHashMap<>();
            List<String> unavailable = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                @SuppressWarnings("unchecked")
                Optional<FeedPage> page = (Optional<FeedPage>) answers.get(i);
                if (page.isPresent()) {
                    pages.put(names.get(i), page.get());
                } else if (now) {
                    throw ProblemException.dependencyUnavailable(
                            names.get(i) + "-service", Upstreams.RETRY_AFTER_SECONDS);
                } else {
                    unavailable.add(names.get(i));
                }
            }
            return EventMerge.merge(pages, start, limit, unavailable);
        });
    }

    private Uni<Optional<FeedPage>> readOne(
            String name, ServiceFeedClient client, String after, String types, int limit) {
        return client.read(after, types, limit)
                .ifNoItem()
                .after(timeout)
                .fail()
                .map(response -> page(name, response))
                .onFailure(failure -> !(failure instanceof ProblemException))
                .recoverWithItem(failure -> {
                    Log.warnf("%s unavailable for the change feed: %s", name, failure.toString());
                    return Optional.empty();
                });
    }

    private static String position(Long position) {
        return position == null ? null : position.toString();
    }

    private static Optional<FeedPage> page(String name, Response response) {
        try (response) {
            return switch (response.getStatus()) {
                case 200 -> Optional.of(response.readEntity(FeedPage.class));
                case 410 ->
                    throw new ProblemException(
                            ProblemType.CURSOR_EXPIRED,
                            "Events of " + name + " after this cursor were deleted by retention before they were"
                                    + " read; read the current state again and start from a new cursor");
                case 400 -> throw ProblemException.badRequest("after", "is ahead of the " + name + " feed");
                default -> {
                    Log.warnf("%s answered %d for the change feed", name, response.getStatus());
                    yield Optional.empty();
                }
            };
        }
    }
}
