package dev.kindling.hub.rest;

import dev.kindling.common.web.QueryParams;
import dev.kindling.hub.api.Codes;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code ?code=}: the one hub or program with this code, so a client need not page through all to find it. */
public class CodeQuery {
    private static final int MAX_LENGTH = 32;

    @QueryParam("code")
    @Parameter(
            description = "Only the one with this code (codes are unique), e.g. SG or SPARK-APAC",
            schema = @Schema(type = SchemaType.STRING, pattern = "^" + Codes.PATTERN + "$", maxLength = MAX_LENGTH))
    String code;

    /** The code asked for, or null; 400 when longer than any code can be. */
    String value() {
        return QueryParams.text("code", code, MAX_LENGTH);
    }
}
