package dev.kindling.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code limit} and {@code cursor} query parameters of every list; use with {@code @BeanParam
 * @Valid}. Both are read as text and validated before the resource method runs, so that a bad value is
 * a 400 naming the parameter (JAX-RS would answer 404 for a number it cannot convert), whatever else
 * the list checks first.
 */
public class PageRequest {
    public static final int MAX_LIMIT = 200;
    private static final String LIMIT_MESSAGE = "must be a whole number from 1 to 200";

    @QueryParam("limit")
    @DefaultValue("50")
    @Pattern(regexp = "\\d{1,9}", message = LIMIT_MESSAGE)
    @Min(value = 1, message = LIMIT_MESSAGE)
    @Max(value = MAX_LIMIT, message = LIMIT_MESSAGE)
    @Parameter(
            description = "Page size, 1 to 200",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            format = "int32",
                            minimum = "1",
                            maximum = "200",
                            defaultValue = "50"))
    String limit;

    @QueryParam("cursor")
    @Pattern(regexp = Cursors.PATTERN, message = Cursors.MALFORMED)
    @Parameter(description = "The nextCursor of the previous page")
    String cursor;

    public PageRequest() {}

    public PageRequest(int limit, String cursor) {
        this.limit = Integer.toString(limit);
        this.cursor = cursor;
    }

    public int limit() {
        return Integer.parseInt(limit);
    }

    /** The cursor as sent (for a list whose cursor is not an id, such as a read model's). */
    public String cursor() {
        return cursor;
    }

    /** The id after which to start, or null for the first page. */
    public UUID after() {
        return Cursors.decode(cursor);
    }
}
