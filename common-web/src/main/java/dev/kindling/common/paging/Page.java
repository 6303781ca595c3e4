package dev.kindling.common.paging;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a keyset-paginated list. {@code nextCursor} is absent on the last page.
 *
 * @param <T> the item type
 */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(nullable = true, description = "Pass as ?cursor= to get the next page; absent on the last page")
                String nextCursor) {

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows ordered by id: the extra row only
     * tells that there is a next page.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, UUID> idOf) {
        if (fetched.size() <= limit) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> items = List.copyOf(fetched.subList(0, limit));
        return new Page<>(items, Cursors.encode(idOf.apply(items.get(limit - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
