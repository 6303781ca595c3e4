package dev.kindling.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code limit} and {@code cursor} query parameters of every list; use with {@code @BeanParam @Valid}. */
public class PageRequest {
    public static final int MAX_LIMIT = 200;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Page size, 1 to 200")
    int limit;

    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page")
    String cursor;

    public PageRequest() {}

    public PageRequest(int limit, String cursor) {
        this.limit = limit;
        this.cursor = cursor;
    }

    public int limit() {
        return limit;
    }

    /** The id after which to start, or null for the first page. */
    public UUID after() {
        return Cursors.decode(cursor);
    }
}
